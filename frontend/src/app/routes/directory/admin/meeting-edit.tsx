import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useParams } from 'react-router';

import { Loading } from '@/components/ui/loading';
import { AppLink } from '@/components/ui/router-link';
import { updateMeeting, useMeetingForEdit } from '@/features/directory/api/admin-organisations';
import { AdminPage, AdminPageHeading } from '@/features/directory/components/admin-page';
import { LoadFailure } from '@/features/directory/components/load-failure';
import { MeetingForm, toMeetingWrite } from '@/features/directory/components/meeting-form';
import { StatusMessage } from '@/features/directory/components/status-message';
import { useVersionedSave } from '@/features/directory/hooks/use-versioned-save';
import type { MeetingWrite } from '@/features/directory/types';
import { formatDateTime } from '@/features/directory/utils/format';
import { meetingPath } from '@/features/directory/utils/schedule';

import '@/features/directory/components/admin.css';

const TITLE = 'Bijeenkomst aanpassen';

/** /beheer/bijeenkomsten/:slug: change one meeting of a group (If-Match), including "tijdelijk gesloten". */
export function MeetingEditRoute() {
  return (
    <AdminPage title={TITLE}>
      <MeetingEdit />
    </AdminPage>
  );
}

function MeetingEdit() {
  const { slug = '' } = useParams();
  const { reload, errors, saving, message, run, refresh } = useVersionedSave({
    staleText:
      'Iemand anders heeft deze bijeenkomst of haar groep intussen gewijzigd. Laad de nieuwste gegevens en doe uw wijziging opnieuw.',
  });
  const meeting = useMeetingForEdit(slug, reload);

  if (meeting.status === 'loading') return <Loading>De bijeenkomst wordt geladen…</Loading>;
  if (meeting.status !== 'success') {
    return (
      <LoadFailure
        state={meeting}
        title={TITLE}
        notFoundTitle="Bijeenkomst niet gevonden"
        backTo="/beheer/groepen"
        backText="Naar alle groepen"
      />
    );
  }

  const m = meeting.data;
  const save = (value: MeetingWrite) => run(() => updateMeeting(m.slug, m.etag, value), 'De wijzigingen zijn opgeslagen.');

  return (
    <>
      <AdminPageHeading>{TITLE}: {m.name ?? m.groupName}</AdminPageHeading>
      <Paragraph>
        Van de groep <AppLink to={`/beheer/groepen/${encodeURIComponent(m.groupSlug)}`}>{m.groupName}</AppLink>
        {m.updatedAt ? ` · Laatst gewijzigd op ${formatDateTime(m.updatedAt)}` : ''} ·{' '}
        <AppLink to={meetingPath(m.slug)}>Openbare pagina</AppLink>
      </Paragraph>
      <ButtonGroup>
        <Button appearance="subtle-button" onClick={refresh}>
          Nieuwste gegevens laden
        </Button>
      </ButtonGroup>
      <StatusMessage message={message} className="zhw-admin-section" />
      <MeetingForm key={m.etag} editing initial={toMeetingWrite(m)} errors={errors} saving={saving} onSave={(v) => void save(v)} />
    </>
  );
}
