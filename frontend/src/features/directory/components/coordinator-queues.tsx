import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';

import { ProblemAlert, describeError } from '@/components/errors/problem-alert';
import { AppLink } from '@/components/ui/router-link';
import { Loading } from '@/components/ui/loading';

import { handleReport, useOpenReports, useVerificationQueue, verifyGroup } from '../api/coordinator-queues';
import { REPORT_REASON_LABELS } from '../group-labels';

function date(iso?: string | null) {
  return iso ? new Date(iso).toLocaleDateString('nl-NL') : 'nooit';
}

/** The verification queue and the reports queue, for coordinators and beheerders. */
export function CoordinatorQueues() {
  const [refresh, setRefresh] = useState(0);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const queue = useVerificationQueue(refresh, true);
  const reports = useOpenReports(refresh, true);

  const act = async (action: () => Promise<unknown>, done: string) => {
    try {
      await action();
      setMessage({ ok: true, text: done });
      setRefresh((n) => n + 1);
    } catch (error) {
      setMessage({ ok: false, text: describeError(error).title });
    }
  };

  return (
    <>
      <div role="status">
        {message && (
          <Alert type={message.ok ? 'ok' : 'error'}>
            <Paragraph>{message.text}</Paragraph>
          </Alert>
        )}
      </div>

      <section aria-labelledby="zhw-reports-heading">
        <Heading level={2} id="zhw-reports-heading">
          Meldingen van onjuiste informatie
        </Heading>
        {reports.status === 'success' ? (
          reports.data.items.length === 0 ? (
            <Paragraph>Er zijn geen open meldingen.</Paragraph>
          ) : (
            <ul className="zhw-result-list" role="list">
              {reports.data.items.map((r) => (
                <li key={r.id} className="zhw-card">
                  <Heading level={3} className="zhw-card__title">
                    <AppLink to={`/groepen/${encodeURIComponent(r.groupSlug)}`}>{r.groupName}</AppLink>
                  </Heading>
                  <Paragraph>
                    {REPORT_REASON_LABELS[r.reason]} · gemeld op {date(r.createdAt)}
                  </Paragraph>
                  {r.message && <Paragraph>“{r.message}”</Paragraph>}
                  <Button appearance="secondary-action-button" onClick={() => act(() => handleReport(r.id, 'resolve'), `Melding over ${r.groupName} is afgehandeld.`)}>
                    Afgehandeld<span className="zhw-visually-hidden">: {r.groupName}</span>
                  </Button>{' '}
                  <Button appearance="subtle-button" onClick={() => act(() => handleReport(r.id, 'reject'), `Melding over ${r.groupName} is afgewezen.`)}>
                    Afwijzen<span className="zhw-visually-hidden">: {r.groupName}</span>
                  </Button>
                </li>
              ))}
            </ul>
          )
        ) : reports.status === 'error' ? (
          <ProblemAlert error={reports.error} headingLevel={3} />
        ) : (
          <Loading>De meldingen worden geladen…</Loading>
        )}
      </section>

      <section aria-labelledby="zhw-queue-heading">
        <Heading level={2} id="zhw-queue-heading">
          Opnieuw te controleren groepen
        </Heading>
        {queue.status === 'success' ? (
          queue.data.items.length === 0 ? (
            <Paragraph>Alle groepen zijn onlangs gecontroleerd.</Paragraph>
          ) : (
            <>
              <Paragraph>{queue.data.totalItems} groepen, de oudste controle eerst.</Paragraph>
              <ul className="zhw-result-list" role="list">
                {queue.data.items.map((g) => (
                  <li key={g.slug} className="zhw-card">
                    <Heading level={3} className="zhw-card__title">
                      <AppLink to={`/groepen/${encodeURIComponent(g.slug)}`}>{g.name}</AppLink>
                    </Heading>
                    <Paragraph>
                      {g.organisation.shortName ?? g.organisation.name}
                      {g.city && <> · {g.city}</>} · laatst gecontroleerd: {date(g.verifiedAt)}
                      {g.openReports > 0 && <> · {g.openReports} open melding(en)</>}
                    </Paragraph>
                    <Button appearance="secondary-action-button" onClick={() => act(() => verifyGroup(g.slug), `${g.name} is gecontroleerd.`)}>
                      Gegevens kloppen<span className="zhw-visually-hidden">: {g.name}</span>
                    </Button>
                  </li>
                ))}
              </ul>
            </>
          )
        ) : queue.status === 'error' ? (
          <ProblemAlert error={queue.error} headingLevel={3} />
        ) : (
          <Loading>De groepen worden geladen…</Loading>
        )}
      </section>
    </>
  );
}
