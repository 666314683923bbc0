import { Alert, Button, ButtonGroup, Heading, Paragraph, StatusBadge } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useLocation, useParams } from 'react-router';

import { ProblemAlert } from '@/components/errors/problem-alert';
import { Loading } from '@/components/ui/loading';
import { AppLink } from '@/components/ui/router-link';
import { KIND_LABELS, label, STATUS_LABELS } from '@/features/directory/labels';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { ApiError } from '@/lib/api-client';

import {
  setOrganisationActive,
  updateOrganisation,
  useOrganisationForEdit,
  useOrganisationHistory,
  verifyOrganisation,
} from '../api/organisations';
import { AdminSubNav } from '../components/admin-nav';
import type { FieldErrors } from '../components/group-form';
import { HistoryTable } from '../components/history-table';
import { OrganisationForm, toOrganisationFormValue, toOrganisationWrite } from '../components/organisation-form';
import { RequireCoordinator } from '../components/require-coordinator';
import { formatDate } from '../utils/format';
import '../components/admin.css';

/** /beheer/organisaties/:id: edit an organisation and its contact points, check it, (de)activate it, see its history. */
export function OrganisationEditPage() {
  useDocumentTitle('Organisatie aanpassen');
  return (
    <RequireCoordinator title="Organisatie aanpassen">
      <OrganisationEdit />
    </RequireCoordinator>
  );
}

type Message = { ok: boolean; text: string; error?: unknown };

function OrganisationEdit() {
  const { id = '' } = useParams();
  const [reload, setReload] = useState(0);
  const loaded = useOrganisationForEdit(id, reload);
  const history = useOrganisationHistory(id, reload);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  const created = Boolean((useLocation().state as { created?: boolean } | null)?.created);
  const [message, setMessage] = useState<Message | null>(created ? { ok: true, text: 'De organisatie is gemaakt.' } : null);

  useDocumentTitle(loaded.status === 'success' ? `${loaded.data.organisation.name} aanpassen` : 'Organisatie aanpassen');

  const run = async (action: () => Promise<unknown>, okText: string) => {
    if (saving) return;
    setSaving(true);
    setMessage(null);
    try {
      await action();
      setErrors({});
      setMessage({ ok: true, text: okText });
      setReload((n) => n + 1);
    } catch (error) {
      if (error instanceof ApiError && error.status === 400 && error.problem.errors?.length) {
        setErrors(Object.fromEntries(error.problem.errors.map((e) => [e.field, e.message])));
        setMessage({ ok: false, text: 'Niet opgeslagen: controleer de velden met een foutmelding.' });
      } else if (error instanceof ApiError && error.status === 412) {
        setMessage({
          ok: false,
          text: 'Iemand anders heeft deze organisatie intussen gewijzigd. Laad de nieuwste gegevens en doe uw wijziging opnieuw.',
        });
      } else {
        setMessage({ ok: false, text: 'Dat is niet gelukt.', error });
      }
    } finally {
      setSaving(false);
    }
  };

  if (loaded.status === 'loading') return <Loading>De organisatie wordt geladen…</Loading>;
  if (loaded.status !== 'success') {
    const notFound = loaded.status === 'error' && loaded.error instanceof ApiError && loaded.error.status === 404;
    return (
      <>
        <Heading level={1} className="zhw-page-title" tabIndex={-1}>
          {notFound ? 'Organisatie niet gevonden' : 'Organisatie aanpassen'}
        </Heading>
        {loaded.status === 'error' && !notFound && <ProblemAlert error={loaded.error} />}
        <Paragraph>
          <AppLink to="/beheer/organisaties">Naar alle organisaties</AppLink>
        </Paragraph>
      </>
    );
  }

  const { organisation: o, etag } = loaded.data;
  const active = o.status !== 'INACTIVE';
  return (
    <>
      <Heading level={1} className="zhw-page-title" tabIndex={-1}>
        {o.name} aanpassen
      </Heading>
      <AdminSubNav />
      <Paragraph>
        {label(KIND_LABELS, o.kind)} ·{' '}
        <StatusBadge status={o.status === 'ACTIVE' ? 'active' : o.status === 'INACTIVE' ? 'inactive' : 'neutral'}>
          {label(STATUS_LABELS, o.status)}
        </StatusBadge>{' '}
        · Gecontroleerd op {formatDate(o.verifiedAt)}
        {o.verifiedBy ? ` door ${o.verifiedBy}` : ''} · <AppLink to={`/organisaties/${encodeURIComponent(o.id)}`}>Openbare pagina</AppLink>
      </Paragraph>
      {!active && (
        <Paragraph>Deze organisatie is niet actief: ze staat niet in de openbare lijst en haar groepen zijn niet te vinden.</Paragraph>
      )}
      <ButtonGroup>
        <Button
          appearance="primary-action-button"
          disabled={saving}
          onClick={() => void run(() => verifyOrganisation(o.id, etag), 'De gegevens zijn gecontroleerd.')}
        >
          Gegevens kloppen
        </Button>
        {active ? (
          <Button
            appearance="secondary-action-button"
            disabled={saving}
            onClick={() => {
              if (window.confirm(`${o.name} op niet actief zetten? De organisatie en haar groepen zijn dan niet meer te vinden.`))
                void run(() => setOrganisationActive(o.id, etag, false), 'De organisatie staat op niet actief.');
            }}
          >
            Op niet actief zetten
          </Button>
        ) : (
          <Button
            appearance="secondary-action-button"
            disabled={saving}
            onClick={() => {
              if (window.confirm(`${o.name} weer actief maken? De organisatie en haar groepen zijn dan weer te vinden.`))
                void run(() => setOrganisationActive(o.id, etag, true), 'De organisatie is weer actief.');
            }}
          >
            Weer actief maken
          </Button>
        )}
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

      <section aria-labelledby="zhw-org-form" className="zhw-admin-section">
        <Heading level={2} id="zhw-org-form">
          Gegevens
        </Heading>
        <OrganisationForm
          key={etag}
          initial={toOrganisationFormValue(o)}
          errors={errors}
          saving={saving}
          onSave={(value) => void run(() => updateOrganisation(o.id, etag, toOrganisationWrite(value)), 'De wijzigingen zijn opgeslagen.')}
        />
      </section>

      <section aria-labelledby="zhw-org-history" className="zhw-admin-section">
        <Heading level={2} id="zhw-org-history">
          Geschiedenis
        </Heading>
        {history.status === 'success' ? (
          <HistoryTable changes={history.data} />
        ) : history.status === 'error' ? (
          <ProblemAlert error={history.error} headingLevel={3} />
        ) : (
          <Loading>De geschiedenis wordt geladen…</Loading>
        )}
      </section>
    </>
  );
}
