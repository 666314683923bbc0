import { Heading, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';

import type { AdviceResponse } from '../api/create-advice';
import { type LocalGroupFacts, useContacts, useLocalGroupFacts } from '../api/get-contacts';
import { ROUTE_LABELS } from '../labels';
import { chosenCandidates } from '../utils/sheet-choice';

const CONTACT_LABELS: Record<string, string> = { PHONE: 'Telefoon', HELPLINE: 'Hulplijn', WEBSITE: 'Website' };

function when(iso: string): string {
  return new Date(iso).toLocaleString('nl-NL', { weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' });
}

/** A local group's address and its own phone and e-mail, each on its own labelled line. */
function LocalGroupLines({ facts }: { facts?: LocalGroupFacts }) {
  const lines = [
    facts?.address && `Adres: ${facts.address}`,
    facts?.phone && `Telefoon van de groep: ${facts.phone}`,
    facts?.email && `E-mail van de groep: ${facts.email}`,
  ].filter((line): line is string => Boolean(line));
  return lines.map((line) => (
    <span key={line}>
      <br />
      {line}
    </span>
  ));
}

/**
 * The sheet for the client, in plain language (B1), only on paper (print). It names the groups the worker chose,
 * the next meeting and the local groups, how to get in touch (labelled), and a few facts that take away common worries.
 */
export function PrintSheet({ advice, easyRead, chosen }: { advice: AdviceResponse; easyRead: boolean; chosen: readonly string[] }) {
  const groups = chosenCandidates(advice, chosen);
  const later = advice.candidates.filter((c) => c.verdict === 'LATER_SERIAL').slice(0, 3);
  const ids = [...new Set(groups.map((g) => g.organisationId))];
  const contacts = useContacts(ids);
  const contactsOf = (id: string) => (contacts.status === 'success' ? contacts.data.find((c) => c.id === id) : undefined);
  const localFacts = useLocalGroupFacts(groups.flatMap((g) => g.localGroups.map((l) => l.groupId)));
  const factsOf = (slug: string) => (localFacts.status === 'success' ? localFacts.data.find((f) => f.slug === slug) : undefined);
  const today = new Date().toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' });
  return (
    <section className={`zhw-print-sheet${easyRead ? ' zhw-print-sheet--easy' : ''}`} aria-label="Advies om af te drukken">
      <Heading level={1}>Zelfhulp: {advice.level.level === 'VOORLICHTING' ? 'informatie over groepen' : 'deze groepen kunnen bij u passen'}</Heading>
      <Paragraph>Gemaakt op {today} met uw hulpverlener.</Paragraph>
      {groups.length === 0 ? (
        <Paragraph>Op dit moment past er geen groep. Uw hulpverlener bespreekt dit met u.</Paragraph>
      ) : (
        <UnorderedList>
          {groups.map((g) => (
            <UnorderedListItem key={g.organisationId + (g.groupId ?? '')}>
              <strong>{g.name}</strong>
              {g.verdict === 'MAY_FIT' && <> (past misschien: bespreek dit eerst met uw hulpverlener)</>}
              {g.route && <> – {ROUTE_LABELS[g.route.route] ?? ''}</>}
              {g.nextMeetingAt && (
                <>
                  <br />
                  Volgende bijeenkomst: {when(g.nextMeetingAt)}
                </>
              )}
              {g.localGroups.map((local) => (
                <span key={local.groupId} className="zhw-print-sheet__contact">
                  <br />
                  Groep: {local.name}
                  {local.place && `, ${local.place}`}
                  {local.nextMeetingAt && ` – ${when(local.nextMeetingAt)}`}
                  <LocalGroupLines facts={factsOf(local.groupId)} />
                </span>
              ))}
              {contactsOf(g.organisationId)?.contacts.map((c) => (
                <span key={c.kind + c.value} className="zhw-print-sheet__contact">
                  <br />
                  {CONTACT_LABELS[c.kind] ?? 'Contact'}: {c.value}
                  {c.label && ` (${c.label})`}
                </span>
              ))}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
      {later.length > 0 && (
        <>
          <Heading level={2}>Later, na uw behandeling</Heading>
          <UnorderedList>
            {later.map((g) => (
              <UnorderedListItem key={g.organisationId + (g.groupId ?? '')}>{g.name}</UnorderedListItem>
            ))}
          </UnorderedList>
        </>
      )}
      <Heading level={2}>Goed om te weten</Heading>
      <UnorderedList>
        <UnorderedListItem>U mag een groep eerst uitproberen. Ga minstens zes keer, en kijk dan of het bij u past.</UnorderedListItem>
        <UnorderedListItem>Wat u in de groep vertelt, blijft in de groep.</UnorderedListItem>
        <UnorderedListItem>U hoeft niet gelovig te zijn om mee te doen.</UnorderedListItem>
        <UnorderedListItem>
          Uw hulpverlener kan de eerste keer met u meegaan, of u vooraf in contact brengen met iemand van de groep.
        </UnorderedListItem>
      </UnorderedList>
      <Paragraph appearance="small">
        Bronnen: handleiding ‘Onbenutte mogelijkheden’ (2002–2004) en VAD, ‘Middelengebruik in de thuiscontext’ (2023).
      </Paragraph>
    </section>
  );
}
