import { Alert, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';

import { ProblemAlert } from '@/components/errors/problem-alert';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { ApiError } from '@/lib/api-client';

import { createGroup } from '../api/admin';
import { AdminSubNav } from '../components/admin-nav';
import { EMPTY_GROUP, GroupForm, type FieldErrors } from '../components/group-form';
import { RequireCoordinator } from '../components/require-coordinator';
import type { GroupWrite } from '../types';
import '../components/admin.css';

const TITLE = 'Nieuwe groep';

/** /beheer/groepen/nieuw: add a group; on success go to its edit page to add meetings. */
export function GroupCreatePage() {
  useDocumentTitle(TITLE);
  return (
    <RequireCoordinator title={TITLE}>
      <GroupCreate />
    </RequireCoordinator>
  );
}

function GroupCreate() {
  const navigate = useNavigate();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  const save = async (value: GroupWrite) => {
    if (saving) return;
    setSaving(true);
    setFailure(null);
    try {
      const group = await createGroup(value);
      navigate(`/beheer/groepen/${encodeURIComponent(group.slug)}`, { state: { created: true } });
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
      <Paragraph>Vul de gegevens van de groep in. Daarna kunt u bijeenkomsten toevoegen.</Paragraph>
      {failure !== null && <ProblemAlert error={failure} />}
      {Object.keys(errors).length > 0 && (
        <div role="status">
          <Alert type="error">
            <Paragraph>Niet opgeslagen: controleer de velden met een foutmelding.</Paragraph>
          </Alert>
        </div>
      )}
      <GroupForm creating initial={EMPTY_GROUP} errors={errors} saving={saving} onSave={(v) => void save(v)} submitText="Groep maken" />
    </>
  );
}
