import { Button, Checkbox, FormField, FormLabel, Paragraph, Select, SelectOption, Textbox } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';

import { AppButtonLink } from '@/components/ui/router-link';
import { useGroupRegister } from '@/features/directory/api/admin';
import { AdminPage, AdminPageHeading } from '@/features/directory/components/admin-page';
import { GroupRegisterTable } from '@/features/directory/components/group-register-table';
import { PagedList } from '@/features/directory/components/paged-list';
import { pageHref, pageParam } from '@/features/directory/utils/paging';
import {
  registerFiltersFrom,
  registerParams,
  registerQuery,
  type RegisterFilters,
} from '@/features/directory/utils/register-filters';

import '@/features/directory/components/admin.css';

const TITLE = 'Alle groepen';

/** /beheer/groepen: every group and its meetings, searchable by name, place, organisation, check and status. */
export function GroupsAdminRoute() {
  return (
    <AdminPage title={TITLE}>
      <GroupsAdmin />
    </AdminPage>
  );
}

function GroupsAdmin() {
  const [params, setParams] = useSearchParams();
  const filters = registerFiltersFrom(params);
  const list = useGroupRegister(registerQuery(filters, pageParam(params)));
  const [form, setForm] = useState<RegisterFilters>(filters);
  const set = (change: Partial<RegisterFilters>) => setForm((f) => ({ ...f, ...change }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setParams(registerParams(form));
  };

  return (
    <>
      <AdminPageHeading>{TITLE}</AdminPageHeading>
      <Paragraph>
        Zoek een groep of bijeenkomst om aan te passen. Kies de naam van de groep om de groep te bewerken, of een dag en
        tijd om die bijeenkomst te bewerken.
      </Paragraph>
      <Paragraph>
        <AppButtonLink to="/beheer/groepen/nieuw" appearance="primary-action-button">
          Nieuwe groep
        </AppButtonLink>
      </Paragraph>
      <form className="zhw-admin-filter" onSubmit={submit} role="search" aria-label="Groepen zoeken">
        <FormField
          label={<FormLabel htmlFor="zhw-register-q">Naam van groep of organisatie</FormLabel>}
          input={<Textbox id="zhw-register-q" type="search" value={form.q} onChange={(e) => set({ q: e.target.value })} />}
        />
        <FormField
          label={<FormLabel htmlFor="zhw-register-place">Plaats</FormLabel>}
          input={<Textbox id="zhw-register-place" value={form.place} onChange={(e) => set({ place: e.target.value })} />}
        />
        <FormField
          label={<FormLabel htmlFor="zhw-register-check">Controle</FormLabel>}
          input={
            <Select
              id="zhw-register-check"
              value={form.verification}
              onChange={(e) => set({ verification: e.target.value as RegisterFilters['verification'] })}
            >
              <SelectOption value="">Alle</SelectOption>
              <SelectOption value="DUE">Te controleren</SelectOption>
              <SelectOption value="CURRENT">Onlangs gecontroleerd</SelectOption>
            </Select>
          }
        />
        <FormField
          label={<FormLabel htmlFor="zhw-register-status">Status</FormLabel>}
          input={
            <Select
              id="zhw-register-status"
              value={form.status}
              onChange={(e) => set({ status: e.target.value as RegisterFilters['status'] })}
            >
              <SelectOption value="">Alle</SelectOption>
              <SelectOption value="ACTIVE">Actief</SelectOption>
              <SelectOption value="INACTIVE">Niet actief</SelectOption>
            </Select>
          }
        />
        <div className="zhw-admin-check">
          <Checkbox id="zhw-register-demo" checked={form.demo} onChange={(e) => set({ demo: e.target.checked })} />
          <FormLabel htmlFor="zhw-register-demo" type="checkbox">
            Ook voorbeeldgegevens
          </FormLabel>
        </div>
        <div>
          <Button type="submit" appearance="secondary-action-button">
            Zoeken
          </Button>
        </div>
      </form>
      <PagedList
        state={list}
        id="zhw-register-count"
        heading={(total) => (total === 1 ? '1 groep' : `${total} groepen`)}
        loadingText="De groepen worden geladen…"
        hrefFor={(p) => pageHref('/beheer/groepen', params, p)}
      >
        {(data) =>
          data.items.length > 0 ? (
            <GroupRegisterTable groups={data.items} />
          ) : (
            <Paragraph>Geen groepen gevonden. Zoek op een ander woord of kies ‘Alle’.</Paragraph>
          )
        }
      </PagedList>
    </>
  );
}
