import { Alert, Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useParams } from 'react-router';

import { ProblemAlert } from '@/components/errors/problem-alert';
import { Loading } from '@/components/ui/loading';
import { AppLink } from '@/components/ui/router-link';
import { meetingPath } from '@/features/group-finder/utils/schedule';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { ApiError } from '@/lib/api-client';

import { updateMeeting, useMeetingForEdit } from '../api/organisations';
import { AdminSubNav } from '../components/admin-nav';
import type { FieldErrors } from '../components/group-form';
import { MeetingForm, toMeetingWrite } from '../components/meeting-form';
import { RequireCoordinator } from '../components/require-coordinator';
import type { MeetingWrite } from '../types';
import { formatDateTime } from '../utils/format';
import '../components/admin.css';

const TITLE = 'Bijeenkomst aanpassen';

/** /beheer/bijeenkomsten/:slug: change one meeting of a group (If-Match), including "tijdelijk gesloten". */
export function MeetingEditPage() {
  useDocumentTitle(TITLE);
  return (
    <RequireCoordinator title={TITLE}>
      <MeetingEdit />
    </RequireCoordinator>
  );
}

type Message = { ok: boolean; text: string; error?: unknown };

function MeetingEdit() {
  const { slug = '' } = useParams();
  const [reload, setReload] = useState(0);
  const meeting = useMeetingForEdit(slug, reload);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  const [message, setMessage] = useState<Message | null>(null);

  if (meeting.status === 'loading') return <Loading>De bijeenkomst wordt geladen…</Loading>;
  if (meeting.status !== 'success') {
    const notFound = meeting.status === 'error' && meeting.error instanceof ApiError && meeting.error.status === 404;
    return (
      <>
        <Heading level={1} className="zhw-page-title" tabIndex={-1}>
          {notFound ? 'Bijeenkomst niet gevonden' : TITLE}
        </Heading>
        {meeting.status === 'error' && !notFound && <ProblemAlert error={meeting.error} />}
        <Paragraph>
          <AppLink to="/beheer/controleren">Naar de groepen om te controleren</AppLink>
        </Paragraph>
      </>
    );
  }

  const m = meeting.data;
  const save = async (value: MeetingWrite) => {
    if (saving) return;
    setSaving(true);
    setMessage(null);
    try {
      await updateMeeting(m.slug, m.etag, value);
      setErrors({});
      setMessage({ ok: true, text: 'De wijzigingen zijn opgeslagen.' });
      setReload((n) => n + 1);
    } catch (error) {
      if (error instanceof ApiError && error.status === 400 && error.problem.errors?.length) {
        setErrors(Object.fromEntries(error.problem.errors.map((e) => [e.field, e.message])));
        setMessage({ ok: false, text: 'Niet opgeslagen: controleer de velden met een foutmelding.' });
      } else if (error instanceof ApiError && error.status === 412) {
        setMessage({
          ok: false,
          text: 'Iemand anders heeft deze bijeenkomst of haar groep intussen gewijzigd. Laad de nieuwste gegevens en doe uw wijziging opnieuw.',
        });
      } else {
        setMessage({ ok: false, text: 'Dat is niet gelukt.', error });
      }
    } finally {
      setSaving(false);
    }
  };

  return (
    <>
      <Heading level={1} className="zhw-page-title" tabIndex={-1}>
        {TITLE}: {m.name ?? m.groupName}
      </Heading>
      <AdminSubNav />
      <Paragraph>
        Van de groep <AppLink to={`/beheer/groepen/${encodeURIComponent(m.groupSlug)}`}>{m.groupName}</AppLink>
        {m.updatedAt ? ` · Laatst gewijzigd op ${formatDateTime(m.updatedAt)}` : ''} ·{' '}
        <AppLink to={meetingPath(m.slug)}>Openbare pagina</AppLink>
      </Paragraph>
      <ButtonGroup>
        <Button
          appearance="subtle-button"
          onClick={() => {
            setMessage(null);
            setErrors({});
            setReload((n) => n + 1);
          }}
        >
          Nieuwste gegevens laden
        </Button>
      </ButtonGroup>
      <div role="status" className="zhw-admin-section">
        {message && (
          <Alert type={message.ok ? 'ok' : 'error'}>
            <Paragraph>{message.text}</Paragraph>
          </Alert>
        )}
      </div>
      {message?.error !== undefined && <ProblemAlert error={message.error} />}
      <MeetingForm key={m.etag} editing initial={toMeetingWrite(m)} errors={errors} saving={saving} onSave={(v) => void save(v)} />
    </>
  );
}
