import { Heading, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';

import { CONTACT_ROLE_LABELS } from '../labels';
import type { ContactList, ConvenantView, FacilityList } from '../types';
import { ContactRoutes } from './contact-routes';
import { SourceNote } from '@/components/ui/source-note';

type Props = {
  convenant: ConvenantView | null;
  contacts: ContactList['items'];
  facilities: FacilityList['items'];
};

/** Convenant with self-help organisations, the institution's contact persons, folder stands and rooms. */
export function CooperationSummary({ convenant, contacts, facilities }: Props) {
  const stands = facilities.filter((f) => f.kind === 'MATERIAL_STAND');
  const rooms = facilities.filter((f) => f.kind === 'MEETING_ROOM');
  return (
    <section aria-labelledby="samenwerking" className="zhw-dashboard__section">
      <Heading level={2} id="samenwerking">
        Samenwerking met zelfhulpgroepen
      </Heading>
      <Heading level={3}>Convenant</Heading>
      {convenant ? (
        <>
          <Paragraph>
            {convenant.status === 'SIGNED' ? `Ondertekend op ${convenant.signedOn}` : 'Concept'} met{' '}
            {convenant.parties.join(', ')}.
            {convenant.evaluationDate && ` Evaluatie: ${convenant.evaluationDate}.`}
          </Paragraph>
          {convenant.agreements && <Paragraph>Afspraken: {convenant.agreements}</Paragraph>}
          <SourceNote source={convenant.source} label="Zie" />
        </>
      ) : (
        <Paragraph>Uw instelling heeft nog geen convenant vastgelegd.</Paragraph>
      )}
      <Heading level={3}>Contactpersonen</Heading>
      {contacts.length === 0 ? (
        <Paragraph>Nog geen contactpersonen vastgelegd.</Paragraph>
      ) : (
        <UnorderedList>
          {contacts.map((c) => (
            <UnorderedListItem key={c.id}>
              {CONTACT_ROLE_LABELS[c.role]}: {c.name}
              {c.organisation && ` (${c.organisation})`}
              <ContactRoutes contact={c} />
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
      <Heading level={3}>Folderstands en ruimtes</Heading>
      {stands.length + rooms.length === 0 ? (
        <Paragraph>Nog geen folderstands of ruimtes vastgelegd.</Paragraph>
      ) : (
        <UnorderedList>
          {stands.map((f) => (
            <UnorderedListItem key={f.id}>
              Folderstand: {f.location}
              {f.responsible && ` · beheer: ${f.responsible}`}
              {f.lastChecked && ` · bijgewerkt ${f.lastChecked}`}
            </UnorderedListItem>
          ))}
          {rooms.map((f) => (
            <UnorderedListItem key={f.id}>
              Ruimte: {f.location}
              {f.responsible && ` · voor ${f.responsible}`}
              {f.schedule && ` · ${f.schedule}`}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
    </section>
  );
}
