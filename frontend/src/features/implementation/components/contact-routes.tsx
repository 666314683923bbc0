import { Link } from '@utrecht/component-library-react';

import type { ContactList } from '../types';

type Contact = ContactList['items'][number];

/** A contact's e-mail and phone as links, so a care worker can mail or call straight from the page. */
export function ContactRoutes({ contact }: { contact: Contact }) {
  return (
    <>
      {contact.email && (
        <>
          {' · '}
          <Link href={`mailto:${contact.email}`}>{contact.email}</Link>
        </>
      )}
      {contact.phone && (
        <>
          {' · '}
          <Link href={`tel:${contact.phone.replace(/[^+\d]/g, '')}`}>{contact.phone}</Link>
        </>
      )}
    </>
  );
}
