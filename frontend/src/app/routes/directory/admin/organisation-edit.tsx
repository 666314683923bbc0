import { Button, ButtonGroup, Heading, Paragraph, StatusBadge } from '@utrecht/component-library-react';
import { useParams } from 'react-router';

import { Loading } from '@/components/ui/loading';
import { AppLink } from '@/components/ui/router-link';
import {
  setOrganisationActive,
  updateOrganisation,
  useOrganisationForEdit,
  useOrganisationHistory,
  verifyOrganisation,
} from '@/features/directory/api/admin-organisations';
import { AdminPage, AdminPageHeading } from '@/features/directory/components/admin-page';
import { HistorySection } from '@/features/directory/components/history-table';
import { OrganisationGroups } from '@/features/directory/components/organisation-groups';
import { LoadFailure } from '@/features/directory/components/load-failure';
import {
  OrganisationForm,
  toOrganisationFormValue,
  toOrganisationWrite,
} from '@/features/directory/components/organisation-form';
import { StatusMessage } from '@/features/directory/components/status-message';
import { useVersionedSave } from '@/features/directory/hooks/use-versioned-save';
import { ORGANISATION_KIND_LABELS, label, STATUS_LABELS } from '@/features/directory/labels';
import { formatDate } from '@/features/directory/utils/format';
import { useDocumentTitle } from '@/hooks/use-document-title';

import '@/features/directory/components/admin.css';

/** /beheer/organisaties/:id: edit an organisation and its contact points, check it, (de)activate it, see its history. */
export function OrganisationEditRoute() {
  return (
    <AdminPage title="Organisatie aanpassen">
      <OrganisationEdit />
    </AdminPage>
  );
}

function OrganisationEdit() {
  const { id = '' } = useParams();
  const { reload, errors, saving, message, run, refresh } = useVersionedSave({
    staleText: 'Iemand anders heeft deze organisatie intussen gewijzigd. Laad de nieuwste gegevens en doe uw wijziging opnieuw.',
    createdText: 'De organisatie is gemaakt.',
  });
  const loaded = useOrganisationForEdit(id, reload);
  const history = useOrganisationHistory(id, reload);

  useDocumentTitle(loaded.status === 'success' ? `${loaded.data.organisation.name} aanpassen` : 'Organisatie aanpassen');

  if (loaded.status === 'loading') return <Loading>De organisatie wordt geladen…</Loading>;
  if (loaded.status !== 'success') {
    return (
      <LoadFailure
        state={loaded}
        title="Organisatie aanpassen"
        notFoundTitle="Organisatie niet gevonden"
        backTo="/beheer/organisaties"
        backText="Naar alle organisaties"
      />
    );
  }

  const { organisation: o, etag } = loaded.data;
  const active = o.status !== 'INACTIVE';
  return (
    <>
      <AdminPageHeading>{o.name} aanpassen</AdminPageHeading>
      <Paragraph>
        {label(ORGANISATION_KIND_LABELS, o.kind)} ·{' '}
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
        <Button appearance="subtle-button" onClick={refresh}>
          Nieuwste gegevens laden
        </Button>
      </ButtonGroup>
      <StatusMessage message={message} className="zhw-admin-section" />

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

      <OrganisationGroups organisationId={o.id} />

      <HistorySection id="zhw-org-history" history={history} />
    </>
  );
}
