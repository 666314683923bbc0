import { Heading, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';

import { AppLink } from '@/components/ui/router-link';

import { useContacts } from '../api/institution';
import { ContactRoutes } from './contact-routes';

/**
 * "Wie is de makelaar?": the makelaar(s) the institution recorded, else how to find one. `subject` is the logged-in
 * user (nothing is fetched without one: contacts are the institution's own data).
 */
export function MakelaarNote({ subject }: { subject: string | undefined }) {
  const contacts = useContacts(subject);
  const makelaars = contacts.status === 'success' ? contacts.data.items.filter((c) => c.role === 'MAKELAAR') : [];
  return (
    <section aria-labelledby="zhw-makelaar" className="zhw-panel">
      <Heading level={2} id="zhw-makelaar">
        Wie is de makelaar?
      </Heading>
      {makelaars.length > 0 ? (
        <UnorderedList>
          {makelaars.map((c) => (
            <UnorderedListItem key={c.id}>
              {c.name}
              {c.function && `, ${c.function}`}
              <ContactRoutes contact={c} />
            </UnorderedListItem>
          ))}
        </UnorderedList>
      ) : (
        <Paragraph>
          {!subject
            ? 'Log in om de makelaar van uw instelling te zien. '
            : contacts.status === 'success'
              ? 'Uw instelling heeft nog geen makelaar vastgelegd. '
              : ''}
          De makelaar brengt cliënt en zelfhulpgroep bij elkaar. Weet u niet wie dat is? Vraag het de
          aandachtsfunctionaris zelfhulp of uw leidinggevende. Contactpersonen staan bij{' '}
          <AppLink to="/instelling">Mijn instelling</AppLink>.
        </Paragraph>
      )}
    </section>
  );
}
