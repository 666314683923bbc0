import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';

import { ProblemAlert } from '@/components/errors/problem-alert';
import { DataTable } from '@/components/ui/data-table';

import { redeliver } from '../api/webhooks';
import type { WebhookDelivery } from '../types';

/** Notifications to the EPD that failed every retry; the beheerder can send one again. */
export function DeadLetters({ initial }: { initial: WebhookDelivery[] }) {
  const [rows, setRows] = useState(initial);
  const [error, setError] = useState<unknown>();
  const [sent, setSent] = useState<string>();

  const retry = async (id: string) => {
    setError(undefined);
    try {
      const next = await redeliver(id);
      setRows((current) => current.filter((r) => r.id !== next.id));
      setSent(id);
    } catch (e) {
      setError(e);
    }
  };

  return (
    <>
      {error !== undefined && <ProblemAlert error={error} />}
      {sent && <Alert type="ok"><Paragraph>De melding wordt opnieuw verstuurd.</Paragraph></Alert>}
      {rows.length === 0 ? (
        <Paragraph>Er zijn geen meldingen die niet aankwamen.</Paragraph>
      ) : (
        <DataTable
          rows={rows}
          rowKey={(r) => r.id}
          columns={[
            { header: 'Verwijzing', cell: (r) => `${r.referralId} (versie ${r.referralVersion})` },
            { header: 'Pogingen', cell: (r) => r.attempts },
            { header: 'Laatste fout', cell: (r) => r.lastError ?? (r.lastResponseStatus ? `HTTP ${r.lastResponseStatus}` : '') },
            { header: 'Laatste poging', cell: (r) => (r.lastAttemptAt ? new Date(r.lastAttemptAt).toLocaleString('nl-NL') : '') },
            {
              header: 'Actie',
              cell: (r) => (
                <Button appearance="secondary-action-button" onClick={() => void retry(r.id)}
                  aria-label={`Opnieuw versturen: melding ${r.id}`}>Opnieuw versturen</Button>
              ),
            },
          ]}
        />
      )}
    </>
  );
}
