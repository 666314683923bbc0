import { Alert, Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';

import { ProblemAlert } from '@/components/errors/problem-alert';
import { DataTable } from '@/components/ui/data-table';
import { Loading } from '@/components/ui/loading';

import { downloadAuditExport, getAuditHistory, verifyAuditChain } from '../api/audit';
import { ACTION_LABELS, PURPOSE_LABELS } from '../labels';
import type { AuditHistory, ChainCheck, Period } from '../types';
import { AuditSearchFields } from './audit-search-fields';

type Query = { clientRef: string } & Period;
type Result = { status: 'idle' } | { status: 'loading' } | { status: 'done'; history: AuditHistory } | { status: 'error'; error: unknown };

/** Who saw or changed what about one client (NEN 7513), with export for the client and the chain check. */
export function AuditView() {
  const [query, setQuery] = useState<Query>({ clientRef: '', from: '', to: '' });
  const [shown, setShown] = useState<Query>();
  const [result, setResult] = useState<Result>({ status: 'idle' });
  const [exportError, setExportError] = useState<unknown>();

  const search = async (event: FormEvent) => {
    event.preventDefault();
    if (!query.clientRef.trim()) return;
    const asked = { ...query, clientRef: query.clientRef.trim() };
    setShown(asked);
    setResult({ status: 'loading' });
    try {
      setResult({ status: 'done', history: await getAuditHistory(asked.clientRef, asked) });
    } catch (error) {
      setResult({ status: 'error', error });
    }
  };

  const download = async (format: 'csv' | 'json') => {
    if (!shown) return;
    setExportError(undefined);
    try {
      await downloadAuditExport(shown.clientRef, shown, format);
    } catch (error) {
      setExportError(error);
    }
  };

  return (
    <>
      <section aria-labelledby="zhw-audit-history">
        <Heading level={2} id="zhw-audit-history">Toegang tot de gegevens van een cliënt</Heading>
        <AuditSearchFields value={query} onChange={setQuery} onSubmit={(e) => void search(e)} />
        {result.status === 'loading' && <Loading>De geschiedenis wordt opgehaald…</Loading>}
        {result.status === 'error' && <ProblemAlert error={result.error} />}
        {result.status === 'done' && shown && (
          <>
            <Paragraph>
              {result.history.events.length} gebeurtenissen voor cliënt <strong>{result.history.clientRef}</strong>, oudste
              eerst.
            </Paragraph>
            <ButtonGroup>
              <Button appearance="secondary-action-button" onClick={() => void download('csv')}>Exporteren als CSV</Button>
              <Button appearance="secondary-action-button" onClick={() => void download('json')}>Exporteren als JSON</Button>
            </ButtonGroup>
            {exportError !== undefined && <ProblemAlert error={exportError} headingLevel={3} />}
            {result.history.events.length > 0 && (
              <DataTable
                className="zhw-audit-table"
                rows={result.history.events}
                rowKey={(e) => String(e.seq)}
                columns={[
                  { header: 'Wanneer', cell: (e) => new Date(e.occurredAt).toLocaleString('nl-NL') },
                  { header: 'Wat', cell: (e) => `${ACTION_LABELS[e.action]} (${e.outcome})` },
                  { header: 'Wie', cell: (e) => `${e.userId} (${e.userRole})${e.onBehalfOf ? `, namens ${e.onBehalfOf}` : ''}` },
                  { header: 'Welke gegevens', cell: (e) => e.resourceType + (e.resourceId ? ` ${e.resourceId}` : '') },
                  { header: 'Waarom', cell: (e) => PURPOSE_LABELS[e.purpose] },
                  { header: 'Vanaf', cell: (e) => [e.sourceSystem, e.sourceAddress].filter(Boolean).join(', ') },
                ]}
              />
            )}
          </>
        )}
      </section>
      <ChainVerifier />
    </>
  );
}

/** Recompute the hash chain and say plainly whether the log is intact, or where it was changed. */
function ChainVerifier() {
  const [check, setCheck] = useState<ChainCheck>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const verify = async () => {
    setBusy(true);
    setError(undefined);
    try {
      setCheck(await verifyAuditChain());
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="zhw-audit-verify">
      <Heading level={2} id="zhw-audit-verify">Is het logboek onveranderd?</Heading>
      <Paragraph>De controle rekent elke schakel van het logboek opnieuw uit.</Paragraph>
      <Button appearance="secondary-action-button" busy={busy} disabled={busy} onClick={() => void verify()}>
        Logboek controleren
      </Button>
      <div aria-live="polite">
        {error !== undefined && <ProblemAlert error={error} headingLevel={3} />}
        {check && (check.intact ? (
          <Alert type="ok"><Paragraph>Het logboek is in orde: er is niets veranderd of verwijderd.</Paragraph></Alert>
        ) : (
          <Alert type="error">
            <Paragraph>Het logboek klopt niet meer. De eerste schakel die niet klopt: {check.firstBrokenLink}.</Paragraph>
          </Alert>
        ))}
      </div>
    </section>
  );
}
