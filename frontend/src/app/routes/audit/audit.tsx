import { Heading, Paragraph } from '@utrecht/component-library-react';

import { RequireRole } from '@/components/auth/require-role';
import { AuditView } from '@/features/audit/components/audit-view';
import '@/features/audit/audit.css';
import { useDocumentTitle } from '@/hooks/use-document-title';

const TITLE = 'Logboek';

/** /logboek (beheerder): access history per client, export, chain check (NEN 7513). */
export function AuditRoute() {
  useDocumentTitle(TITLE);
  return (
    <RequireRole title={TITLE} roles={['beheerder']} who="beheerders">
      <Heading level={1} className="zhw-page-title" tabIndex={-1}>{TITLE}</Heading>
      <Paragraph appearance="lead">
        Wie heeft de verwijsgegevens van een cliënt bekeken of gewijzigd? Vraagt een cliënt daarom, dan kunt u het
        overzicht exporteren en meegeven. Ook dit opvragen komt in het logboek.
      </Paragraph>
      <AuditView />
    </RequireRole>
  );
}
