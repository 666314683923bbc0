import { Heading, Link, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

import { AppLink } from '@/components/ui/router-link';

import { CONTACT_ROLE_LABELS, label } from '../labels';
import type { ContactRole } from '../types';

import { telHref, websiteHref } from './contact-points';
import { FactList } from './fact-list';

/** A group's own contact route: through a role (never a person's name), each way labelled. */
export type GroupContactRoute = {
  contactRole?: ContactRole;
  contactPhone?: string;
  contactEmail?: string;
  website?: string;
};

export function hasContactRoute(c: GroupContactRoute): boolean {
  return Boolean(c.contactPhone || c.contactEmail || c.website);
}

/** "Via: Voorzitter · Telefoon · E-mail · Website", with working links; `notes` below when given. */
export function GroupContactFacts({ contact, notes }: { contact: GroupContactRoute; notes?: string }) {
  return (
    <FactList
      className="zhw-facts"
      facts={[
        { key: 'Via', value: contact.contactRole ? label(CONTACT_ROLE_LABELS, contact.contactRole) : undefined },
        {
          key: 'Telefoon',
          value: contact.contactPhone ? <Link href={telHref(contact.contactPhone)}>{contact.contactPhone}</Link> : undefined,
        },
        {
          key: 'E-mail',
          value: contact.contactEmail ? (
            <Link href={`mailto:${contact.contactEmail.trim()}`}>{contact.contactEmail}</Link>
          ) : undefined,
        },
        { key: 'Website', value: contact.website ? <Link href={websiteHref(contact.website)}>{contact.website}</Link> : undefined },
        { key: 'Meer over de groep', value: notes, multiline: true },
      ]}
    />
  );
}

/**
 * "Contact met de groep" on the group's and the meeting's page: the group's own routes, or where there are none its
 * organisation as the way in, so the page never ends without a way to reach the group. `children` follow below
 * (sending the group's details to a client).
 */
export function GroupContactSection({
  group,
  children,
}: {
  group: GroupContactRoute & { notes?: string; organisation: { id: string; name: string } };
  children?: ReactNode;
}) {
  return (
    <section aria-labelledby="zhw-group-contact" className="zhw-meeting__section">
      <Heading level={2} id="zhw-group-contact">
        Contact met de groep
      </Heading>
      {hasContactRoute(group) ? (
        <GroupContactFacts contact={group} notes={group.notes} />
      ) : (
        <Paragraph>
          De groep heeft geen eigen contactgegevens. Neem contact op via{' '}
          <AppLink to={`/organisaties/${encodeURIComponent(group.organisation.id)}`}>{group.organisation.name}</AppLink>.
        </Paragraph>
      )}
      {children}
    </section>
  );
}

/** The same route as one line of text, for paper: "Voorzitter: 06 1234 5678, groep@example.nl". */
export function contactRouteText(c: GroupContactRoute): string {
  const ways = [c.contactPhone, c.contactEmail, c.website].filter(Boolean).join(', ');
  if (!ways) return '';
  return c.contactRole ? `${label(CONTACT_ROLE_LABELS, c.contactRole)}: ${ways}` : ways;
}
