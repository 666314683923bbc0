import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useParams } from 'react-router';

import { Loading } from '@/components/ui/loading';
import { AppLink } from '@/components/ui/router-link';
import { meetingPath } from '@/features/group-finder/utils/schedule';

import { updateMeeting, useMeetingForEdit } from '../api/organisations';
import { AdminPage, AdminPageHeading } from '../components/admin-page';
import { LoadFailure } from '../components/load-failure';
import { MeetingForm, toMeetingWrite } from '../components/meeting-form';
import { StatusMessage } from '../components/status-message';
import { useVersionedSave } from '../hooks/use-versioned-save';
import type { MeetingWrite } from '../types';
import { formatDateTime } from '../utils/format';
import '../components/admin.css';

const TITLE = 'Bijeenkomst aanpassen';

/** /beheer/bijeenkomsten/:slug: change one meeting of a group (If-Match), including "tijdelijk gesloten". */
export function MeetingEditPage() {
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
        backTo="/beheer/controleren"
        backText="Naar de groepen om te controleren"
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
