import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useParams } from 'react-router';

import { Loading } from '@/components/ui/loading';
import { AppLink } from '@/components/ui/router-link';
import {
  createMeeting,
  setGroupActive,
  updateGroup,
  useGroupForEdit,
  useGroupHistory,
  verifyGroup,
} from '@/features/directory/api/admin';
import { AdminPage, AdminPageHeading } from '@/features/directory/components/admin-page';
import { DemoLabel } from '@/features/directory/components/demo-label';
import type { FieldErrors } from '@/features/directory/components/field-errors';
import { GroupForm, toGroupWrite } from '@/features/directory/components/group-form';
import { HistorySection } from '@/features/directory/components/history-table';
import { LoadFailure } from '@/features/directory/components/load-failure';
import { MeetingForm } from '@/features/directory/components/meeting-form';
import { StatusMessage } from '@/features/directory/components/status-message';
import { useVersionedSave } from '@/features/directory/hooks/use-versioned-save';
import type { GroupWrite, MeetingWrite } from '@/features/directory/types';
import { formatDate } from '@/features/directory/utils/format';
import { meetingPath, scheduleText } from '@/features/directory/utils/schedule';
import { useDocumentTitle } from '@/hooks/use-document-title';

import '@/features/directory/components/admin.css';

/** /beheer/groepen/:slug: edit a group, check it, (de)activate it, and see its history. */
export function GroupEditRoute() {
  return (
    <AdminPage title="Groep aanpassen">
      <GroupEdit />
    </AdminPage>
  );
}

function GroupEdit() {
  const { slug = '' } = useParams();
  const { reload, errors, saving, message, run, refresh } = useVersionedSave({
    staleText: 'Iemand anders heeft deze groep intussen gewijzigd. Laad de nieuwste gegevens en doe uw wijziging opnieuw.',
    createdText: 'De groep is gemaakt. Voeg nu de bijeenkomsten toe.',
  });
  const group = useGroupForEdit(slug, reload);
  const history = useGroupHistory(slug, reload);
  const [meetingErrors, setMeetingErrors] = useState<FieldErrors>({});
  const [meetingFormKey, setMeetingFormKey] = useState(0);

  useDocumentTitle(group.status === 'success' ? `${group.data.data.name} aanpassen` : 'Groep aanpassen');

  if (group.status === 'loading') return <Loading>De groep wordt geladen…</Loading>;
  if (group.status !== 'success') {
    return (
      <LoadFailure
        state={group}
        title="Groep aanpassen"
        notFoundTitle="Groep niet gevonden"
        backTo="/beheer/groepen"
        backText="Naar alle groepen"
      />
    );
  }

  const { data: g, etag } = group.data;
  return (
    <>
      <AdminPageHeading>{g.name} aanpassen</AdminPageHeading>
      <Paragraph>
        <AppLink to={`/beheer/organisaties/${encodeURIComponent(g.organisation.id)}`}>{g.organisation.name}</AppLink> · {g.status === 'ACTIVE' ? 'Actief' : 'Niet actief (niet te vinden)'} ·{' '}
        {g.verifiedAt ? `Gecontroleerd op ${formatDate(g.verifiedAt)}${g.verifiedBy ? ` door ${g.verifiedBy}` : ''}` : 'Nooit gecontroleerd'}{' '}
        {g.demo && <DemoLabel />}
      </Paragraph>
      <ButtonGroup>
        <Button
          appearance="primary-action-button"
          disabled={saving}
          onClick={() => void run(() => verifyGroup(g.slug, etag), 'De gegevens zijn gecontroleerd.')}
        >
          Gegevens kloppen
        </Button>
        {g.status === 'ACTIVE' ? (
          <Button
            appearance="secondary-action-button"
            disabled={saving}
            onClick={() => void run(() => setGroupActive(g.slug, etag, false), 'De groep staat op niet actief.')}
          >
            Op niet actief zetten
          </Button>
        ) : (
          <Button
            appearance="secondary-action-button"
            disabled={saving}
            onClick={() => void run(() => setGroupActive(g.slug, etag, true), 'De groep is weer actief.')}
          >
            Weer actief maken
          </Button>
        )}
        <Button appearance="subtle-button" onClick={refresh}>
          Nieuwste gegevens laden
        </Button>
      </ButtonGroup>
      <StatusMessage message={message} className="zhw-admin-section" />

      <section aria-labelledby="zhw-group-form" className="zhw-admin-section">
        <Heading level={2} id="zhw-group-form">
          Gegevens
        </Heading>
        <GroupForm
          key={`${g.slug}-${etag}`}
          initial={toGroupWrite(g)}
          errors={errors}
          saving={saving}
          onSave={(value: GroupWrite) => void run(() => updateGroup(g.slug, etag, value), 'De wijzigingen zijn opgeslagen.')}
        />
      </section>

      <section aria-labelledby="zhw-group-meetings" className="zhw-admin-section">
        <Heading level={2} id="zhw-group-meetings">
          Bijeenkomsten
        </Heading>
        <ul>
          {g.meetings.map((m) => (
            <li key={m.slug}>
              <AppLink to={meetingPath(m.slug)}>{m.name}</AppLink>: {scheduleText(m)}
              {m.temporarilyClosed ? ' (tijdelijk gesloten)' : ''} ·{' '}
              <AppLink to={`/beheer/bijeenkomsten/${encodeURIComponent(m.slug)}`}>
                Aanpassen<span className="zhw-visually-hidden">: {m.name}, {scheduleText(m)}</span>
              </AppLink>
            </li>
          ))}
        </ul>
        <Heading level={3}>Bijeenkomst toevoegen</Heading>
        <MeetingForm
          key={meetingFormKey}
          errors={meetingErrors}
          saving={saving}
          onSave={(value: MeetingWrite) =>
            void run(() => createMeeting(g.slug, etag, value), 'De bijeenkomst is toegevoegd.', {
              setFieldErrors: setMeetingErrors,
              onDone: () => setMeetingFormKey((n) => n + 1),
            })
          }
        />
      </section>

      <HistorySection id="zhw-group-history" history={history} />
    </>
  );
}
