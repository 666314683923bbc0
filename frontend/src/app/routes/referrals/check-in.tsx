import { Heading } from '@utrecht/component-library-react';
import { useParams } from 'react-router';

import { Loading } from '@/components/ui/loading';
import { getCheckin } from '@/features/referrals/api/check-in';
import { CheckinAnswerForm, CheckinUnavailable } from '@/features/referrals/components/check-in-answer';
import '@/features/referrals/referrals.css';
import { useAsync } from '@/hooks/use-async';
import { useDocumentTitle } from '@/hooks/use-document-title';

const TITLE = 'Bent u naar de groep geweest?';

/** /check-in/:token, public: the client answers without an account. Nothing about the client or referral is shown. */
export function CheckinRoute() {
  const { token = '' } = useParams();
  useDocumentTitle(TITLE);
  const state = useAsync(token, (signal) => getCheckin(token, signal));
  return (
    <div className="zhw-checkin-page">
      <Heading level={1} className="zhw-page-title" tabIndex={-1}>{TITLE}</Heading>
      {state.status === 'error' ? <CheckinUnavailable error={state.error} />
        : state.status === 'success' ? <CheckinAnswerForm token={token} question={state.data} /> : <Loading />}
    </div>
  );
}
