import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { organisations } from '@/testing/mocks/data/organisations';
import { renderWithRouter } from '@/testing/test-utils';

import { telHref, websiteHref } from '../contact-points';
import { OrganisationDetail } from '../organisation-detail';

const now = new Date('2026-06-15T12:00:00Z');
const [aa, agog] = organisations;

describe('OrganisationDetail', () => {
  it('shows name, labels, contact points with links, source and verification year', () => {
    renderWithRouter(<OrganisationDetail organisation={aa!} now={now} />);

    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Anonieme Alcoholisten Nederland (AA)');
    expect(screen.getByRole('note')).toHaveTextContent('Deze gegevens zijn oud (uit 2004).');

    const contact = within(screen.getByRole('region', { name: 'Contact' }));
    expect(contact.getByRole('heading', { name: 'Bezoekadres – Algemeen Diensten Bureau' })).toBeInTheDocument();
    expect(contact.getByText(/Statenweg 207/)).toBeInTheDocument();
    expect(contact.getByRole('link', { name: '010 243 01 75' })).toHaveAttribute('href', 'tel:0102430175');
    expect(contact.getByRole('link', { name: 'adb@aa-nederland.nl' })).toHaveAttribute('href', 'mailto:adb@aa-nederland.nl');
    expect(contact.getByRole('link', { name: 'www.aa-nederland.nl' })).toHaveAttribute('href', 'https://www.aa-nederland.nl');

    const about = within(screen.getByRole('region', { name: 'Over deze organisatie' }));
    expect(about.getByText('Actief')).toBeInTheDocument();
    expect(about.getByText('12-stappen')).toBeInTheDocument();

    const source = within(screen.getByRole('region', { name: 'Bron en controle' }));
    expect(source.getByText('Bron: 002_e30f9ceb731b810b.txt, Bijlage 3')).toBeInTheDocument();
    expect(source.getByText(/Gegevens gecontroleerd in/)).toHaveTextContent('Gegevens gecontroleerd in 2004');
  });

  it('shows a helpline with its note', () => {
    renderWithRouter(<OrganisationDetail organisation={agog!} now={now} />);
    expect(screen.getByRole('heading', { name: 'Hulplijn – Informatienummer' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '0900 2177721' })).toHaveAttribute('href', 'tel:09002177721');
    expect(screen.getByText('€ 0,10 per minuut')).toBeInTheDocument();
  });

  it('says so when an organisation is no longer active, instead of the outdated-data note', () => {
    renderWithRouter(<OrganisationDetail organisation={{ ...aa!, status: 'INACTIVE' }} now={now} />);
    expect(screen.getByText(/Deze organisatie is niet meer actief/)).toBeInTheDocument();
    expect(screen.queryByText(/Deze gegevens zijn oud/)).not.toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Over deze organisatie' })).getByText('Niet actief')).toBeInTheDocument();
  });

  it('makes tel: and website links from the way numbers were written', () => {
    expect(telHref('040-2 11 83 28')).toBe('tel:0402118328');
    expect(telHref('+32 2 423 03 33')).toBe('tel:+3224230333');
    expect(websiteHref('www.al-anon.nl')).toBe('https://www.al-anon.nl');
    expect(websiteHref('http://example.org')).toBe('http://example.org');
  });
});
