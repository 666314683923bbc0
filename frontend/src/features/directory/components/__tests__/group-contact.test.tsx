import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { renderWithRouter } from '@/testing/test-utils';

import { GroupContactSection } from '../group-contact';

const organisation = { id: 'al-anon', name: 'Al-Anon' };

describe('GroupContactSection (group page and meeting page)', () => {
  it("labels each of the group's own routes as a working link", () => {
    renderWithRouter(
      <GroupContactSection
        group={{ organisation, contactRole: 'SECRETARY', contactPhone: '06 1234 5678', contactEmail: 'groep@example.nl', website: 'www.example.nl' }}
      />,
    );
    const contact = within(screen.getByRole('region', { name: 'Contact met de groep' }));
    expect(contact.getByText('Secretaris')).toBeInTheDocument();
    expect(contact.getByRole('link', { name: '06 1234 5678' })).toHaveAttribute('href', 'tel:0612345678');
    expect(contact.getByRole('link', { name: 'groep@example.nl' })).toHaveAttribute('href', 'mailto:groep@example.nl');
    expect(contact.getByRole('link', { name: 'www.example.nl' })).toHaveAttribute('href', 'https://www.example.nl');
  });

  it('leads to the organisation when the group has no route of its own', () => {
    renderWithRouter(<GroupContactSection group={{ organisation }} />);
    const contact = within(screen.getByRole('region', { name: 'Contact met de groep' }));
    expect(contact.getByText(/geen eigen contactgegevens/)).toBeInTheDocument();
    expect(contact.getByRole('link', { name: 'Al-Anon' })).toHaveAttribute('href', '/organisaties/al-anon');
  });
});
