import {
  Alert,
  Button,
  ButtonGroup,
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { useLocation, useParams } from 'react-router';

import { ProblemAlert } from '@/components/errors/problem-alert';
import { Loading } from '@/components/ui/loading';
import { AppLink } from '@/components/ui/router-link';
import { DemoLabel } from '@/features/group-finder/components/demo-label';
import { meetingPath, scheduleText } from '@/features/group-finder/utils/schedule';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { ApiError } from '@/lib/api-client';

import { createMeeting, setGroupActive, updateGroup, useGroupForEdit, useGroupHistory, verifyGroup } from '../api/admin';
import { AdminSubNav } from '../components/admin-nav';
import { GroupForm, toGroupWrite, type FieldErrors } from '../components/group-form';
import { MeetingForm } from '../components/meeting-form';
import { RequireCoordinator } from '../components/require-coordinator';
import type { GroupWrite, MeetingWrite } from '../types';
import { formatDate, formatDateTime } from '../utils/format';
import '../components/admin.css';

/** /beheer/groepen/:slug: edit a group, check it, (de)activate it, and see its history. */
export function GroupEditPage() {
  useDocumentTitle('Groep aanpassen');
  return (
    <RequireCoordinator title="Groep aanpassen">
      <GroupEdit />
    </RequireCoordinator>
  );
}

type Message = { ok: boolean; text: string; error?: unknown };

function GroupEdit() {
  const { slug = '' } = useParams();
  const [reload, setReload] = useState(0);
  const group = useGroupForEdit(slug, reload);
  const history = useGroupHistory(slug, reload);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [meetingErrors, setMeetingErrors] = useState<FieldErrors>({});
  const [meetingFormKey, setMeetingFormKey] = useState(0);
  const [saving, setSaving] = useState(false);
  const created = Boolean((useLocation().state as { created?: boolean } | null)?.created);
  const [message, setMessage] = useState<Message | null>(
    created ? { ok: true, text: 'De groep is gemaakt. Voeg nu de bijeenkomsten toe.' } : null,
  );

  useDocumentTitle(group.status === 'success' ? `${group.data.name} aanpassen` : 'Groep aanpassen');

  const run = async (
    action: () => Promise<unknown>,
    okText: string,
    setFieldErrors: (e: FieldErrors) => void = setErrors,
    onDone?: () => void,
  ) => {
    if (saving) return;
    setSaving(true);
    setMessage(null);
    try {
      await action();
      setFieldErrors({});
      onDone?.();
      setMessage({ ok: true, text: okText });
      setReload((n) => n + 1);
    } catch (error) {
      if (error instanceof ApiError && error.status === 400 && error.problem.errors?.length) {
        setFieldErrors(Object.fromEntries(error.problem.errors.map((e) => [e.field, e.message])));
        setMessage({ ok: false, text: 'Niet opgeslagen: controleer de velden met een foutmelding.' });
      } else if (error instanceof ApiError && error.status === 412) {
        setMessage({
          ok: false,
          text: 'Iemand anders heeft deze groep intussen gewijzigd. Laad de nieuwste gegevens en doe uw wijziging opnieuw.',
        });
      } else {
        setMessage({ ok: false, text: 'Dat is niet gelukt.', error });
      }
    } finally {
      setSaving(false);
    }
  };

  if (group.status === 'loading') return <Loading>De groep wordt geladen…</Loading>;
  if (group.status !== 'success') {
    const notFound = group.status === 'error' && group.error instanceof ApiError && group.error.status === 404;
    return (
      <>
        <Heading level={1} className="zhw-page-title" tabIndex={-1}>
          {notFound ? 'Groep niet gevonden' : 'Groep aanpassen'}
        </Heading>
        {group.status === 'error' && !notFound && <ProblemAlert error={group.error} />}
        <Paragraph>
          <AppLink to="/beheer/controleren">Naar de groepen om te controleren</AppLink>
        </Paragraph>
      </>
    );
  }

  const g = group.data;
  return (
    <>
      <Heading level={1} className="zhw-page-title" tabIndex={-1}>
        {g.name} aanpassen
      </Heading>
      <AdminSubNav />
      <Paragraph>
        <AppLink to={`/beheer/organisaties/${encodeURIComponent(g.organisation.id)}`}>{g.organisation.name}</AppLink> · {g.status === 'ACTIVE' ? 'Actief' : 'Niet actief (niet te vinden)'} ·{' '}
        {g.verifiedAt ? `Gecontroleerd op ${formatDate(g.verifiedAt)}${g.verifiedBy ? ` door ${g.verifiedBy}` : ''}` : 'Nooit gecontroleerd'}{' '}
        {g.demo && <DemoLabel />}
      </Paragraph>
      <ButtonGroup>
        <Button
          appearance="primary-action-button"
          disabled={saving}
          onClick={() => void run(() => verifyGroup(g.slug), 'De gegevens zijn gecontroleerd.')}
        >
          Gegevens kloppen
        </Button>
        {g.status === 'ACTIVE' ? (
          <Button
            appearance="secondary-action-button"
            disabled={saving}
            onClick={() => void run(() => setGroupActive(g.slug, g.version, false), 'De groep staat op niet actief.')}
          >
            Op niet actief zetten
          </Button>
        ) : (
          <Button
            appearance="secondary-action-button"
            disabled={saving}
            onClick={() => void run(() => setGroupActive(g.slug, g.version, true), 'De groep is weer actief.')}
          >
            Weer actief maken
          </Button>
        )}
        <Button appearance="subtle-button" onClick={() => { setMessage(null); setErrors({}); setReload((n) => n + 1); }}>
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

      <section aria-labelledby="zhw-group-form" className="zhw-admin-section">
        <Heading level={2} id="zhw-group-form">
          Gegevens
        </Heading>
        <GroupForm
          key={`${g.slug}-${g.version}`}
          initial={toGroupWrite(g)}
          errors={errors}
          saving={saving}
          onSave={(value: GroupWrite) => void run(() => updateGroup(g.slug, g.version, value), 'De wijzigingen zijn opgeslagen.')}
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
            void run(
              () => createMeeting(g.slug, g.version, value),
              'De bijeenkomst is toegevoegd.',
              setMeetingErrors,
              () => setMeetingFormKey((n) => n + 1),
            )
          }
        />
      </section>

      <section aria-labelledby="zhw-group-history" className="zhw-admin-section">
        <Heading level={2} id="zhw-group-history">
          Geschiedenis
        </Heading>
        {history.status === 'success' ? (
          history.data.length === 0 ? (
            <Paragraph>Er is nog niets gewijzigd.</Paragraph>
          ) : (
            <Table className="zhw-admin-table">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">Wanneer</TableHeaderCell>
                  <TableHeaderCell scope="col">Wie</TableHeaderCell>
                  <TableHeaderCell scope="col">Veld</TableHeaderCell>
                  <TableHeaderCell scope="col">Oud</TableHeaderCell>
                  <TableHeaderCell scope="col">Nieuw</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {history.data.map((c, i) => (
                  <TableRow key={`${c.changedAt}-${c.field}-${i}`}>
                    <TableCell>{formatDateTime(c.changedAt)}</TableCell>
                    <TableCell>{c.changedBy}</TableCell>
                    <TableCell>
                      {c.entityType === 'MEETING' ? `Bijeenkomst ${c.entityKey}: ` : ''}
                      {c.field}
                    </TableCell>
                    <TableCell>{c.oldValue ?? '–'}</TableCell>
                    <TableCell>{c.newValue ?? '–'}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )
        ) : history.status === 'error' ? (
          <ProblemAlert error={history.error} headingLevel={3} />
        ) : (
          <Loading>De geschiedenis wordt geladen…</Loading>
        )}
      </section>
    </>
  );
}
