import { Alert, Paragraph } from '@utrecht/component-library-react';

import { ProblemAlert } from '@/components/errors/problem-alert';
import { createOrganisation } from '@/features/directory/api/admin-organisations';
import { AdminPage, AdminPageHeading } from '@/features/directory/components/admin-page';
import { EMPTY_ORGANISATION, OrganisationForm } from '@/features/directory/components/organisation-form';
import { useCreateForm } from '@/features/directory/hooks/use-create-form';

import '@/features/directory/components/admin.css';

const TITLE = 'Nieuwe organisatie';

/** /beheer/organisaties/nieuw: add an organisation with its contact points; on success its edit page opens. */
export function OrganisationCreateRoute() {
  return (
    <AdminPage title={TITLE}>
      <OrganisationCreate />
    </AdminPage>
  );
}

function OrganisationCreate() {
  const { errors, saving, failure, save } = useCreateForm(createOrganisation, (organisation) =>
    `/beheer/organisaties/${encodeURIComponent(organisation.id)}`,
  );

  return (
    <>
      <AdminPageHeading>{TITLE}</AdminPageHeading>
      <Paragraph>
        Vul de gegevens van de organisatie in en zeg waar ze vandaan komen. Soort, aanpak, land en bron kunt u later niet
        meer veranderen.
      </Paragraph>
      {failure !== null && <ProblemAlert error={failure} />}
      <div role="status">
        {Object.keys(errors).length > 0 && (
          <Alert type="error">
            <Paragraph>Niet opgeslagen: controleer de velden met een foutmelding.</Paragraph>
          </Alert>
        )}
      </div>
      <OrganisationForm
        creating
        initial={EMPTY_ORGANISATION}
        errors={errors}
        saving={saving}
        onSave={(v) => void save(v)}
        submitText="Organisatie maken"
      />
    </>
  );
}
