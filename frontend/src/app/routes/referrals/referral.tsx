import { Alert, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useParams } from 'react-router';

import { RequireRole } from '@/components/auth/require-role';
import { ProblemAlert } from '@/components/errors/problem-alert';
import { Loading } from '@/components/ui/loading';
import { AppLink } from '@/components/ui/router-link';
import { getReferral } from '@/features/referrals/api/referrals';
import { CheckinLinkPanel } from '@/features/referrals/components/check-in-link';
import { OutcomeForm, TransitionForm } from '@/features/referrals/components/referral-actions';
import { ReferralHistory, ReferralSummary } from '@/features/referrals/components/referral-summary';
import { ReferralSheetPanel } from '@/features/sheets/components/referral-sheet';
import '@/features/sheets/sheets.css';
import '@/features/referrals/referrals.css';
import type { Referral } from '@/features/referrals/types';
import { useAsync } from '@/hooks/use-async';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { useHasRole } from '@/hooks/use-has-role';
import type { Tagged } from '@/lib/etag';

function ReferralPage({ id }: { id: string }) {
  const [loads, setLoads] = useState(0);
  const loaded = useAsync(`${id}#${loads}`, (signal) => getReferral(id, signal));
  // A save answers with the new version and ETag; it replaces what was loaded until the next reload.
  const [saved, setSaved] = useState<{ loads: number; value: Tagged<Referral> }>();
  const canChange = useHasRole('medewerker');
  if (loaded.status === 'error') return <><Heading level={1} className="zhw-page-title" tabIndex={-1}>Verwijzing</Heading><ProblemAlert error={loaded.error} /></>;
  if (loaded.status !== 'success') return <Loading />;
  const current = saved?.loads === loads ? saved.value : loaded.data;
  const referral = current.data;
  const onSaved = (value: Tagged<Referral>) => setSaved({ loads, value });
  const reload = () => setLoads((n) => n + 1);
  return (
    <>
      <Heading level={1} className="zhw-page-title" tabIndex={-1}>Verwijzing van cliënt {referral.clientRef}</Heading>
      <AppLink to="/verwijzingen">Terug naar mijn verwijzingen</AppLink>
      <div aria-live="polite">
        {saved?.loads === loads && <Alert type="ok"><Paragraph>De wijziging is opgeslagen.</Paragraph></Alert>}
      </div>
      <ReferralSummary referral={referral} />
      {canChange && (
        <div className="zhw-referral-actions">
          {/* Keyed by version: after a save or reload the forms start from what is stored now. */}
          <TransitionForm key={`t${referral.version}`} current={current} onSaved={onSaved} onReload={reload} />
          <OutcomeForm key={`o${referral.version}`} current={current} onSaved={onSaved} onReload={reload} />
        </div>
      )}
      {canChange && <CheckinLinkPanel referralId={referral.id} hasConsent={!!referral.followUpConsent} />}
      {canChange && <ReferralSheetPanel referralId={referral.id} />}
      <ReferralHistory referral={referral} />
    </>
  );
}

/** /verwijzingen/:id: status, changes, outcome, the client's check-in and the history. */
export function ReferralRoute() {
  const { id = '' } = useParams();
  useDocumentTitle('Verwijzing');
  return (
    <RequireRole title="Verwijzing" roles={['medewerker', 'coordinator', 'beheerder']} who="medewerkers van een instelling">
      <ReferralPage id={id} />
    </RequireRole>
  );
}
