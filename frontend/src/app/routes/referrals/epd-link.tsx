import { Heading, Paragraph } from '@utrecht/component-library-react';

import { RequireRole } from '@/components/auth/require-role';
import { ProblemAlert } from '@/components/errors/problem-alert';
import { Loading } from '@/components/ui/loading';
import { getDeadLetters } from '@/features/referrals/api/webhooks';
import { DeadLetters } from '@/features/referrals/components/dead-letters';
import { useAsync } from '@/hooks/use-async';
import { useDocumentTitle } from '@/hooks/use-document-title';

const TITLE = 'Koppeling met het EPD';

function DeadLettersPage() {
  const state = useAsync('dead', (signal) => getDeadLetters(signal));
  return (
    <>
      <Heading level={1} className="zhw-page-title" tabIndex={-1}>{TITLE}</Heading>
      <Paragraph appearance="lead">
        Het EPD krijgt een melding als een verwijzing verandert. Meldingen die na alle pogingen niet aankwamen, staan
        hier. U kunt ze opnieuw versturen.
      </Paragraph>
      {state.status === 'error' ? <ProblemAlert error={state.error} />
        : state.status === 'success' ? <DeadLetters initial={state.data} /> : <Loading />}
    </>
  );
}

/** /beheer/koppelingen (beheerder): webhook dead letters with redeliver. */
export function EpdLinkRoute() {
  useDocumentTitle(TITLE);
  return (
    <RequireRole title={TITLE} roles={['beheerder']} who="beheerders">
      <DeadLettersPage />
    </RequireRole>
  );
}
