import { Alert, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';

import { ProblemAlert } from '@/components/errors/problem-alert';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { ApiError } from '@/lib/api-client';

import { createOrganisation } from '../api/organisations';
import { AdminSubNav } from '../components/admin-nav';
import type { FieldErrors } from '../components/group-form';
import { EMPTY_ORGANISATION, OrganisationForm, type OrganisationFormValue } from '../components/organisation-form';
import { RequireCoordinator } from '../components/require-coordinator';
import '../components/admin.css';

const TITLE = 'Nieuwe organisatie';

/** /beheer/organisaties/nieuw: add an organisation with its contact points; on success its edit page opens. */
export function OrganisationCreatePage() {
  useDocumentTitle(TITLE);
  return (
    <RequireCoordinator title={TITLE}>
      <OrganisationCreate />
    </RequireCoordinator>
  );
}

function OrganisationCreate() {
  const navigate = useNavigate();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  const save = async (value: OrganisationFormValue) => {
    if (saving) return;
    setSaving(true);
    setFailure(null);
    try {
      const organisation = await createOrganisation(value);
      navigate(`/beheer/organisaties/${encodeURIComponent(organisation.id)}`, { state: { created: true } });
    } catch (error) {
      if (error instanceof ApiError && error.status === 400 && error.problem.errors?.length) {
        setErrors(Object.fromEntries(error.problem.errors.map((e) => [e.field, e.message])));
      } else {
        setFailure(error);
      }
    } finally {
      setSaving(false);
    }
  };

  return (
    <>
      <Heading level={1} className="zhw-page-title" tabIndex={-1}>
        {TITLE}
      </Heading>
      <AdminSubNav />
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
