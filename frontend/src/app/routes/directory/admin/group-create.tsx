import { Alert, Paragraph } from '@utrecht/component-library-react';

import { ProblemAlert } from '@/components/errors/problem-alert';
import { createGroup } from '@/features/directory/api/admin';
import { AdminPage, AdminPageHeading } from '@/features/directory/components/admin-page';
import { EMPTY_GROUP, GroupForm } from '@/features/directory/components/group-form';
import { useCreateForm } from '@/features/directory/hooks/use-create-form';

import '@/features/directory/components/admin.css';

const TITLE = 'Nieuwe groep';

/** /beheer/groepen/nieuw: add a group; on success go to its edit page to add meetings. */
export function GroupCreateRoute() {
  return (
    <AdminPage title={TITLE}>
      <GroupCreate />
    </AdminPage>
  );
}

function GroupCreate() {
  const { errors, saving, failure, save } = useCreateForm(createGroup, (group) => `/beheer/groepen/${encodeURIComponent(group.slug)}`);

  return (
    <>
      <AdminPageHeading>{TITLE}</AdminPageHeading>
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
