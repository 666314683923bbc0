import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useLocation, useNavigate } from 'react-router';

import { RequireRole } from '@/components/auth/require-role';
import { ReferralForm } from '@/features/referrals/components/referral-form';
import '@/features/referrals/referrals.css';
import type { ReferralPrefill } from '@/features/referrals/types';
import { useDocumentTitle } from '@/hooks/use-document-title';

const TITLE = 'Verwijzen';

/** /verwijzingen/nieuw: the referral form; coming from an advice, the target and the advice travel in the history state. */
export function NewReferralRoute() {
  useDocumentTitle(TITLE);
  const navigate = useNavigate();
  const prefill = (useLocation().state as { prefill?: ReferralPrefill } | null)?.prefill;
  return (
    <RequireRole title={TITLE} roles={['medewerker']} who="medewerkers">
      <Heading level={1} className="zhw-page-title" tabIndex={-1}>{TITLE}</Heading>
      <Paragraph appearance="lead">
        Leg vast waarnaar u de cliënt verwijst en wat u hebt afgesproken. Zo kunt u later nabespreken hoe het ging.
      </Paragraph>
      <ReferralForm prefill={prefill} onCreated={(referral) => void navigate(`/verwijzingen/${referral.id}`)} />
    </RequireRole>
  );
}
