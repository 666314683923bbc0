import { useParams } from 'react-router';

import { useGroup } from '@/features/directory/api/meetings';
import { FinderDetailFrame } from '@/features/directory/components/finder-detail-frame';
import { GroupDetail } from '@/features/directory/components/group-detail';
import { FolderChoiceField } from '@/features/sheets/components/folder-choice';

import '@/features/directory/components/meetings.css';
import '@/features/sheets/sheets.css';

/**
 * The public page of one local group, /groepen/:slug (the finder's, the map's and the meeting page's links), with the
 * group's folder to print (sheets).
 */
export function GroupRoute() {
  const { slug = '' } = useParams();
  return (
    <FinderDetailFrame state={useGroup(slug)} words={{ title: 'Groep', lower: 'groep' }}>
      {(group) => (
        <>
          <GroupDetail group={group} />
          <FolderChoiceField target={{ organisationId: group.organisation.id, groupSlug: group.slug }} name={group.name} />
        </>
      )}
    </FinderDetailFrame>
  );
}
