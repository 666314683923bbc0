import {
  Button,
  FormField,
  FormLabel,
  Heading,
  Paragraph,
  Select,
  SelectOption,
  StatusBadge,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Textbox,
} from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';

import { ProblemAlert } from '@/components/errors/problem-alert';
import { Loading } from '@/components/ui/loading';
import { AppButtonLink, AppLink } from '@/components/ui/router-link';
import { Pagination } from '@/features/directory/components/pagination';
import { KIND_LABELS, label, STATUS_LABELS } from '@/features/directory/labels';
import type { OrganisationStatus } from '@/types/api-models';

import { useAdminOrganisations } from '../api/organisations';
import { AdminPage, AdminPageHeading } from '../components/admin-page';
import { formatDate } from '../utils/format';
import '../components/admin.css';

const TITLE = 'Organisaties';
const STATUSES = Object.keys(STATUS_LABELS) as OrganisationStatus[];

/** /beheer/organisaties: every organisation, also the inactive ones, with its status; search and filter on status. */
export function OrganisationsAdminPage() {
  return (
    <AdminPage title={TITLE}>
      <OrganisationsAdmin />
    </AdminPage>
  );
}

function OrganisationsAdmin() {
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
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
  const href = (p: number) => {
    const next = new URLSearchParams(params);
    if (p > 1) next.set('page', String(p));
    else next.delete('page');
    const qs = next.toString();
    return qs ? `/beheer/organisaties?${qs}` : '/beheer/organisaties';
  };

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
      {list.status === 'success' ? (
        <section aria-labelledby="zhw-org-admin-count" className="zhw-admin-section">
          <Heading level={2} id="zhw-org-admin-count">
            {list.data.totalItems === 1 ? '1 organisatie' : `${list.data.totalItems} organisaties`}
          </Heading>
          {list.data.items.length > 0 ? (
            <Table className="zhw-admin-table">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">Naam</TableHeaderCell>
                  <TableHeaderCell scope="col">Soort</TableHeaderCell>
                  <TableHeaderCell scope="col">Status</TableHeaderCell>
                  <TableHeaderCell scope="col">Laatst gecontroleerd</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {list.data.items.map((o) => (
                  <TableRow key={o.id}>
                    <TableCell>
                      <AppLink to={`/beheer/organisaties/${encodeURIComponent(o.id)}`}>{o.name}</AppLink>
                    </TableCell>
                    <TableCell>{label(KIND_LABELS, o.kind)}</TableCell>
                    <TableCell>
                      <StatusBadge status={o.status === 'ACTIVE' ? 'active' : o.status === 'INACTIVE' ? 'inactive' : 'neutral'}>
                        {label(STATUS_LABELS, o.status)}
                      </StatusBadge>
                    </TableCell>
                    <TableCell>
                      {formatDate(o.verifiedAt)}
                      {o.verifiedBy ? ` door ${o.verifiedBy}` : ''}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          ) : (
            <Paragraph>Er zijn geen organisaties die hierbij passen.</Paragraph>
          )}
          <Pagination page={list.data.page} totalPages={Math.max(1, list.data.totalPages)} hrefFor={href} />
        </section>
      ) : list.status === 'error' ? (
        <ProblemAlert error={list.error} />
      ) : (
        <Loading>De organisaties worden geladen…</Loading>
      )}
    </>
  );
}
