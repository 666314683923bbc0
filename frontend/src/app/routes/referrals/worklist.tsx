import { Heading, Paragraph } from '@utrecht/component-library-react';

import { RequireRole } from '@/components/auth/require-role';
import { ProblemAlert } from '@/components/errors/problem-alert';
import { Loading } from '@/components/ui/loading';
import { AppButtonLink } from '@/components/ui/router-link';
import { getWorklist } from '@/features/referrals/api/referrals';
import { Worklist } from '@/features/referrals/components/worklist';
import '@/features/referrals/referrals.css';
import { useAsync } from '@/hooks/use-async';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { useHasRole } from '@/hooks/use-has-role';

const TITLE = 'Mijn verwijzingen';

function WorklistPage() {
  const state = useAsync('worklist', (signal) => getWorklist(signal));
  const canRefer = useHasRole('medewerker');
  return (
    <>
      <Heading level={1} className="zhw-page-title" tabIndex={-1}>{TITLE}</Heading>
      <Paragraph appearance="lead">
        Verwijzingen waar u iets mee moet: een nabespreking die nu of te laat is, een antwoord van de cliënt, of nog geen
        uitkomst.
      </Paragraph>
      {canRefer && (
        <Paragraph>
          <AppButtonLink to="/advies" appearance="secondary-action-button">Nieuw advies maken</AppButtonLink>{' '}
          <AppButtonLink to="/verwijzingen/nieuw" appearance="subtle-button">Verwijzen zonder advies</AppButtonLink>
        </Paragraph>
      )}
      {state.status === 'error' ? <ProblemAlert error={state.error} />
        : state.status === 'success' ? <Worklist items={state.data} /> : <Loading />}
    </>
  );
}

/** /verwijzingen: the care worker's start page after login. */
export function WorklistRoute() {
  useDocumentTitle(TITLE);
  return (
    <RequireRole title={TITLE} roles={['medewerker', 'coordinator', 'beheerder']} who="medewerkers van een instelling">
      <WorklistPage />
    </RequireRole>
  );
}
