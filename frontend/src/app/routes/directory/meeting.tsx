import { useParams } from 'react-router';

import { useGroup, useMeeting } from '@/features/directory/api/meetings';
import { FinderDetailFrame } from '@/features/directory/components/finder-detail-frame';
import { MeetingDetail } from '@/features/directory/components/meeting-detail';

import '@/features/directory/components/meetings.css';

/** One meeting, /bijeenkomsten/:slug. */
export function MeetingRoute() {
  const { slug = '' } = useParams();
  const state = useMeeting(slug);
  const group = useGroup(state.status === 'success' ? state.data.groupSlug : undefined);
  return (
    <FinderDetailFrame state={state} words={{ title: 'Bijeenkomst', lower: 'bijeenkomst' }}>
      {(meeting) => <MeetingDetail meeting={meeting} group={group.status === 'success' ? group.data : undefined} />}
    </FinderDetailFrame>
  );
}
