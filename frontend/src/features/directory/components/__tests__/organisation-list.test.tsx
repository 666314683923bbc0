import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { organisations } from '@/testing/mocks/data/organisations';
import { renderWithRouter } from '@/testing/test-utils';
import type { OrganisationPage } from '@/types/api-models';

import { OrganisationList, resultCountText } from '../organisation-list';

const now = new Date('2026-06-15T12:00:00Z');
const summaries = organisations.map(({ contactPoints: _omit, ...summary }) => summary);
const page = (items = summaries, extra: Partial<OrganisationPage> = {}): OrganisationPage => ({
  items,
  page: 1,
  size: 20,
  totalItems: items.length,
  totalPages: 1,
  ...extra,
});
const hrefForPage = (p: number) => `/?page=${p}`;

describe('OrganisationList', () => {
  it('shows the count, each organisation with its labels and a link to the detail', () => {
    renderWithRouter(<OrganisationList result={page()} hrefForPage={hrefForPage} now={now} />);

    expect(screen.getByRole('heading', { level: 2, name: '6 organisaties gevonden' })).toBeInTheDocument();
    const items = screen.getAllByRole('article');
    expect(items).toHaveLength(6);

    const aa = within(items[0]!);
    expect(aa.getByRole('link', { name: 'Anonieme Alcoholisten Nederland (AA)' })).toHaveAttribute(
      'href',
      '/organisaties/aa-nederland',
    );
    expect(aa.getByText('Zelfhulpgroep')).toBeInTheDocument();
    expect(aa.getByText('12-stappen')).toBeInTheDocument();
    expect(aa.getByText('Nederland')).toBeInTheDocument();
    expect(aa.getByText('Persoon met een verslaving')).toBeInTheDocument();
    expect(aa.getByText('Alcohol')).toBeInTheDocument();
    expect(aa.getByText(/Gegevens gecontroleerd in/)).toHaveTextContent('Gegevens gecontroleerd in 2004');

    const alAnon = within(items[2]!);
    expect(alAnon.getByText('Groep voor naasten')).toBeInTheDocument();
    expect(alAnon.getByText('Partner, Ouder en Familielid of naaste')).toBeInTheDocument();

    expect(within(items[5]!).getByText('In oprichting')).toBeInTheDocument();
  });

  it('warns once for the whole list that the data are old', () => {
    renderWithRouter(<OrganisationList result={page()} hrefForPage={hrefForPage} now={now} />);
    const notes = screen.getAllByRole('note');
    expect(notes).toHaveLength(1);
    expect(notes[0]).toHaveTextContent(
      'Deze gegevens zijn oud (uit 2004). Controleer ze voordat u ze aan een cliënt geeft.',
    );
  });

  it('does not warn for recently checked data', () => {
    const fresh = summaries.map((o) => ({ ...o, verifiedAt: '2026-03-01' }));
    renderWithRouter(<OrganisationList result={page(fresh)} hrefForPage={hrefForPage} now={now} />);
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
  });

  it('pages with Vorige and Volgende', () => {
    renderWithRouter(
      <OrganisationList
        result={page(summaries.slice(0, 2), { page: 2, size: 2, totalItems: 6, totalPages: 3 })}
        hrefForPage={hrefForPage}
        now={now}
      />,
    );
    const nav = screen.getByRole('navigation', { name: 'Paginering' });
    expect(within(nav).getByText('Pagina 2 van 3')).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: /Vorige/ })).toHaveAttribute('href', '/?page=1');
    expect(within(nav).getByRole('link', { name: /Volgende/ })).toHaveAttribute('href', '/?page=3');
  });

  it('has no paging for a single page', () => {
    renderWithRouter(<OrganisationList result={page()} hrefForPage={hrefForPage} now={now} />);
    expect(screen.queryByRole('navigation', { name: 'Paginering' })).not.toBeInTheDocument();
  });

  it('shows a helpful empty state', () => {
    renderWithRouter(<OrganisationList result={page([])} hrefForPage={hrefForPage} now={now} />);
    expect(screen.getByRole('heading', { name: 'Geen organisaties gevonden' })).toBeInTheDocument();
    expect(screen.getByText(/minder filters/)).toBeInTheDocument();
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
  });

  it('counts in Dutch', () => {
    expect(resultCountText(0)).toBe('Geen organisaties gevonden');
    expect(resultCountText(1)).toBe('1 organisatie gevonden');
    expect(resultCountText(17)).toBe('17 organisaties gevonden');
  });
});
