import {
  Alert,
  Checkbox,
  FormField,
  FormLabel,
  Heading,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

import { AppLink } from '@/components/ui/router-link';

import type { AdviceReason, AdviceResponse, CandidateAdvice, Verdict } from '../api/create-advice';
import { candidateKey } from '../utils/sheet-choice';
import { REASON_KIND_LABELS, RISK_LABELS, ROUTE_LABELS, URGENCY_LABELS, VERDICT_LABELS, sourceText } from '../labels';

const SHOWN: Verdict[] = ['FITS_NOW', 'MAY_FIT', 'NOT_NOW', 'LATER_SERIAL'];

type Cited = { source?: { document: string; section: string }; quote?: string; inference?: boolean };

/** The source of a reason: seed and heading, the verbatim quote, and whether the advice infers rather than quotes. */
function Source({ reason }: { reason: Cited }) {
  const text = sourceText(reason.source);
  if (!text) return null;
  return (
    <span className="zhw-advice-source">
      Bron: {text}
      {reason.quote && <>: <q>{reason.quote}</q></>}
      {reason.inference && <strong className="zhw-advice-inference"> Afleiding: de bron zegt dit niet letterlijk.</strong>}
    </span>
  );
}

function Reasons({ title, reasons }: { title: string; reasons: AdviceReason[] }) {
  if (reasons.length === 0) return null;
  return (
    <div className="zhw-advice-reasons">
      <Heading level={4}>{title}</Heading>
      <UnorderedList>
        {reasons.map((r) => (
          <UnorderedListItem key={r.code}>
            {r.kind && <strong>{REASON_KIND_LABELS[r.kind] ?? r.kind}: </strong>}
            {r.text}
            {r.action && <> <em>Wat te doen:</em> {r.action}</>}
            <br />
            <Source reason={r} />
          </UnorderedListItem>
        ))}
      </UnorderedList>
    </div>
  );
}

/** What a page may add under each organisation, e.g. "Verwijs" (composed in the route, not known here). */
export type CandidateActions = (candidate: CandidateAdvice) => ReactNode;

/** A score part's words: its own text, or (the API leaves it out then) the text of the reason with its code. */
function scorePartText(part: CandidateAdvice['scoreParts'][number], reasons: AdviceReason[]): string {
  return part.text ?? reasons.find((r) => r.code === part.code)?.text ?? part.code;
}

type SheetChoice = { chosen: readonly string[]; onToggle: (key: string, on: boolean) => void };

function Candidate({ candidate, sheet, actions }: { candidate: CandidateAdvice; sheet: SheetChoice; actions?: CandidateActions }) {
  const key = candidateKey(candidate);
  const checkboxId = `zhw-sheet-${candidate.rank}`;
  return (
    <article className={`zhw-advice-candidate zhw-advice-candidate--${candidate.verdict.toLowerCase()}`}
      aria-labelledby={`zhw-candidate-${candidate.rank}`}>
      <Heading level={3} id={`zhw-candidate-${candidate.rank}`}>
        <AppLink to={`/organisaties/${candidate.organisationId}`}>{candidate.name}</AppLink>
      </Heading>
      <Paragraph className="zhw-advice-verdict">
        <strong>{VERDICT_LABELS[candidate.verdict]}</strong>
      </Paragraph>
      <FormField type="checkbox" className="zhw-no-print zhw-advice-sheet-choice"
        input={<Checkbox id={checkboxId} checked={sheet.chosen.includes(key)}
          onChange={(e) => sheet.onToggle(key, e.target.checked)} />}
        label={<FormLabel htmlFor={checkboxId} type="checkbox">Op het blad voor de cliënt</FormLabel>}
      />
      {candidate.nextMeetingAt && (
        <Paragraph>
          Eerstvolgende bijeenkomst:{' '}
          {new Date(candidate.nextMeetingAt).toLocaleString('nl-NL', {
            weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit',
          })}
        </Paragraph>
      )}
      {candidate.route && (
        <div className="zhw-advice-route">
          <Heading level={4}>Zo verwijst u: {ROUTE_LABELS[candidate.route.route] ?? candidate.route.route}</Heading>
          {candidate.route.reason && (
            <Paragraph>
              {candidate.route.reason.text} <Source reason={candidate.route.reason} />
            </Paragraph>
          )}
          {candidate.route.steps.length > 0 && (
            <UnorderedList>
              {candidate.route.steps.map((s) => (
                <UnorderedListItem key={s.code}>
                  {s.text} <Source reason={s} />
                </UnorderedListItem>
              ))}
            </UnorderedList>
          )}
        </div>
      )}
      {actions?.(candidate)}
      <Reasons title="Waarom" reasons={candidate.reasons} />
      <Reasons title="Let op" reasons={candidate.cautions} />
      {candidate.scoreParts.length > 0 && (
        <Paragraph appearance="small" className="zhw-advice-score">
          Score {candidate.score}:{' '}
          {candidate.scoreParts.map((p) => `${p.points > 0 ? '+' : ''}${p.points} ${scorePartText(p, candidate.reasons)}${p.inference ? ' (afleiding)' : ''}`).join('; ')}
        </Paragraph>
      )}
      {candidate.localGroups.length > 0 && (
        <div className="zhw-advice-local-groups">
          <Heading level={4}>Groepen in de buurt</Heading>
          <UnorderedList>
            {candidate.localGroups.map((g) => (
              <UnorderedListItem key={g.groupId}>
                <AppLink to={`/groepen/${encodeURIComponent(g.groupId)}`}>{g.name}</AppLink>
                {g.place && `, ${g.place}`}
                {g.distanceKm != null && ` (${g.distanceKm.toFixed(1).replace('.', ',')} km)`} ({VERDICT_LABELS[g.verdict]})
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </div>
      )}
    </article>
  );
}

/**
 * The advice: risk signals first, then the level that fits now with its reasons, then the organisations per verdict,
 * each with reasons, score explanation and local groups, with sources; the worker ticks what goes on the client's sheet.
 */
export function AdviceResult({ advice, sheet, actions }: { advice: AdviceResponse; sheet: SheetChoice; actions?: CandidateActions }) {
  const byVerdict = (v: Verdict) => advice.candidates.filter((c) => c.verdict === v);
  const notFitting = byVerdict('DOES_NOT_FIT');
  return (
    <div className="zhw-advice-result">
      {advice.riskSignals.length > 0 && (
        <Alert type={advice.actFirst ? 'error' : 'warning'} className="zhw-advice-risks">
          <Heading level={2}>{advice.actFirst ? 'Eerst dit: er is direct gevaar' : 'Eerst dit: risicosignalen'}</Heading>
          <UnorderedList>
            {advice.riskSignals.map((r) => (
              <UnorderedListItem key={r.signal}>
                <strong>{RISK_LABELS[r.signal] ?? r.signal}</strong> ({URGENCY_LABELS[r.urgency] ?? r.urgency}). {r.action}
                <br />
                <span>{r.text}</span> <Source reason={r} />
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </Alert>
      )}

      <section className="zhw-advice-level" aria-labelledby="zhw-advice-level">
        <Heading level={2} id="zhw-advice-level">
          Advies nu: {advice.level.label}
        </Heading>
        <Reasons title="Waarom dit niveau" reasons={advice.level.reasons} />
        <Reasons title="Vraag eerst" reasons={advice.level.questions} />
      </section>

      <Paragraph appearance="small">
        Het blad voor de cliënt noemt telefoon en website uit de sociale kaart. Die gegevens kunnen oud zijn: controleer
        ze voordat u het blad meegeeft.
      </Paragraph>
      <Paragraph>
        Bekeken: {advice.evaluated} organisaties. {advice.counts.fitsNow} passen nu, {advice.counts.mayFit} passen
        mogelijk, {advice.counts.notNow} nu niet en {advice.counts.laterSerial} passen later. Versie {advice.catalogueVersion} van de verwijscriteria.
      </Paragraph>

      {SHOWN.map((verdict) => {
        const list = byVerdict(verdict);
        if (list.length === 0) return null;
        return (
          <section key={verdict} className="zhw-advice-section" aria-labelledby={`zhw-verdict-${verdict}`}>
            <Heading level={2} id={`zhw-verdict-${verdict}`}>
              {VERDICT_LABELS[verdict]} ({list.length})
            </Heading>
            {list.map((c) => (
              <Candidate key={candidateKey(c)} candidate={c} sheet={sheet} actions={actions} />
            ))}
          </section>
        );
      })}

      {advice.counts.fitsNow + advice.counts.mayFit + advice.counts.laterSerial === 0 && (
        <Alert type="info">
          <Paragraph>Er is geen organisatie gevonden die past. Vraag het steunpunt zelfhulp in uw regio om advies.</Paragraph>
        </Alert>
      )}

      {notFitting.length > 0 && (
        <details className="zhw-advice-notfitting">
          <summary>Past niet ({advice.counts.doesNotFit}) – waarom niet?</summary>
          <UnorderedList>
            {notFitting.map((c) => (
              <UnorderedListItem key={c.organisationId + (c.groupId ?? '')}>
                {c.name}: {c.reasons.map((r) => r.text).join(' ')}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </details>
      )}
    </div>
  );
}
