import {
  Button,
  FormField,
  FormLabel,
  Paragraph,
  Select,
  SelectOption,
  StatusBadge,
  Textbox,
} from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';

import { DataTable } from '@/components/ui/data-table';
import { AppButtonLink, AppLink } from '@/components/ui/router-link';
import { useAdminOrganisations } from '@/features/directory/api/admin-organisations';
import { AdminPage, AdminPageHeading } from '@/features/directory/components/admin-page';
import { PagedList } from '@/features/directory/components/paged-list';
import { ORGANISATION_KIND_LABELS, label, STATUS_LABELS } from '@/features/directory/labels';
import { formatDate } from '@/features/directory/utils/format';
import { pageHref, pageParam } from '@/features/directory/utils/paging';
import type { OrganisationStatus } from '@/types/api-models';

import '@/features/directory/components/admin.css';

const TITLE = 'Organisaties';
const STATUSES = Object.keys(STATUS_LABELS) as OrganisationStatus[];

/** /beheer/organisaties: every organisation, also the inactive ones, with its status; search and filter on status. */
export function OrganisationsAdminRoute() {
  return (
    <AdminPage title={TITLE}>
      <OrganisationsAdmin />
    </AdminPage>
  );
}

function OrganisationsAdmin() {
  const [params, setParams] = useSearchParams();
  const page = pageParam(params);
  const q = params.get('q') ?? '';
  const statusParam = params.get('status') ?? '';
  const status = STATUSES.includes(statusParam as OrganisationStatus) ? (statusParam as OrganisationStatus) : undefined;
  const list = useAdminOrganisations({ q: q || undefined, status, page }, 0);
  const [search, setSearch] = useState(q);
  const [statusChoice, setStatusChoice] = useState<string>(status ?? '');

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next = new URLSearchParams();
    if (search.trim()) next.set('q', search.trim());
    if (statusChoice) next.set('status', statusChoice);
    setParams(next);
  };
  const href = (p: number) => pageHref('/beheer/organisaties', params, p);

  return (
    <>
      <AdminPageHeading>{TITLE}</AdminPageHeading>
      <Paragraph>
        Alle organisaties van de sociale kaart, ook die niet actief zijn. Een organisatie die niet actief is, staat niet in
        de openbare lijst en haar groepen zijn niet te vinden.
      </Paragraph>
      <Paragraph>
        <AppButtonLink to="/beheer/organisaties/nieuw" appearance="primary-action-button">
          Nieuwe organisatie
        </AppButtonLink>
      </Paragraph>
      <form className="zhw-admin-filter" onSubmit={submit} role="search" aria-label="Organisaties zoeken">
        <FormField
          label={<FormLabel htmlFor="zhw-org-admin-q">Zoeken op naam of omschrijving</FormLabel>}
          input={<Textbox id="zhw-org-admin-q" type="search" value={search} onChange={(e) => setSearch(e.target.value)} />}
        />
        <FormField
          label={<FormLabel htmlFor="zhw-org-admin-status">Status</FormLabel>}
          input={
            <Select id="zhw-org-admin-status" value={statusChoice} onChange={(e) => setStatusChoice(e.target.value)}>
              <SelectOption value="">Alle</SelectOption>
              {STATUSES.map((s) => (
                <SelectOption key={s} value={s}>
                  {STATUS_LABELS[s]}
                </SelectOption>
              ))}
            </Select>
          }
        />
        <div>
          <Button type="submit" appearance="secondary-action-button">
            Zoeken
          </Button>
        </div>
      </form>
      <PagedList
        state={list}
        id="zhw-org-admin-count"
        heading={(total) => (total === 1 ? '1 organisatie' : `${total} organisaties`)}
        loadingText="De organisaties worden geladen…"
        hrefFor={href}
      >
        {(data) =>
          data.items.length > 0 ? (
            <DataTable
              columns={[
                {
                  header: 'Naam',
                  cell: (o) => <AppLink to={`/beheer/organisaties/${encodeURIComponent(o.id)}`}>{o.name}</AppLink>,
                },
                { header: 'Soort', cell: (o) => label(ORGANISATION_KIND_LABELS, o.kind) },
                {
                  header: 'Status',
                  cell: (o) => (
                    <StatusBadge status={o.status === 'ACTIVE' ? 'active' : o.status === 'INACTIVE' ? 'inactive' : 'neutral'}>
                      {label(STATUS_LABELS, o.status)}
                    </StatusBadge>
                  ),
                },
                {
                  header: 'Laatst gecontroleerd',
                  cell: (o) => `${formatDate(o.verifiedAt)}${o.verifiedBy ? ` door ${o.verifiedBy}` : ''}`,
                },
              ]}
              rows={data.items}
              rowKey={(o) => o.id}
            />
          ) : (
            <Paragraph>Er zijn geen organisaties die hierbij passen.</Paragraph>
          )
        }
      </PagedList>
    </>
  );
}
