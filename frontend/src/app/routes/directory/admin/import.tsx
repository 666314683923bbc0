import {
  Alert,
  Button,
  Checkbox,
  FormField,
  FormFieldDescription,
  FormLabel,
  Heading,
  Paragraph,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';

import { ProblemAlert } from '@/components/errors/problem-alert';
import { DataTable } from '@/components/ui/data-table';
import { importMeetingGuide } from '@/features/directory/api/admin';
import { AdminPage, AdminPageHeading } from '@/features/directory/components/admin-page';
import { ImportMissing } from '@/features/directory/components/import-missing';
import type { ImportReport, MeetingGuideMeeting } from '@/features/directory/types';

import '@/features/directory/components/admin.css';

const TITLE = 'Meeting Guide-feed importeren';

const OUTCOME_LABELS: Record<string, string> = {
  CREATED: 'Nieuw',
  UPDATED: 'Bijgewerkt',
  UNCHANGED: 'Ongewijzigd',
  REJECTED: 'Geweigerd',
  SKIPPED: 'Overgeslagen',
};

/** /beheer/import: import a Meeting Guide JSON feed for one organisation, first as a trial. */
export function ImportRoute() {
  return (
    <AdminPage title={TITLE}>
      <Import />
    </AdminPage>
  );
}

function Import() {
  const [organisation, setOrganisation] = useState('');
  const [json, setJson] = useState('');
  const [dryRun, setDryRun] = useState(true);
  const [closeMissing, setCloseMissing] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ report: ImportReport } | { error: unknown } | null>(null);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    let rows: MeetingGuideMeeting[] = [];
    if (!organisation.trim()) found.organisation = 'Vul de id van de organisatie in, bijvoorbeeld aa-nederland.';
    try {
      const parsed: unknown = JSON.parse(json);
      if (!Array.isArray(parsed)) found.feed = 'De feed moet een lijst zijn: begin met [ en eindig met ].';
      else rows = parsed as MeetingGuideMeeting[];
    } catch {
      found.feed = json.trim() ? 'Dit is geen geldige JSON.' : 'Plak de inhoud van de feed (JSON) of kies een bestand.';
    }
    setErrors(found);
    if (Object.keys(found).length) {
      document.getElementById(found.organisation ? 'zhw-import-organisation' : 'zhw-import-feed')?.focus();
      return;
    }
    setBusy(true);
    try {
      setResult({ report: await importMeetingGuide(organisation.trim(), dryRun, closeMissing, rows) });
    } catch (error) {
      setResult({ error });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <AdminPageHeading>{TITLE}</AdminPageHeading>
      <Paragraph>
        Importeer de bijeenkomsten van één organisatie uit een Meeting Guide-feed (JSON). Per bijeenkomst
        (slug): onbekend wordt nieuw, bekend wordt bijgewerkt. Open bijeenkomsten die niet meer in de feed staan, ziet u
        in het resultaat. Doe eerst een proefimport: dan wordt niets opgeslagen.
      </Paragraph>
      <form className="zhw-admin-form" onSubmit={(e) => void submit(e)} noValidate aria-label="Feed importeren">
        <FormField
          invalid={Boolean(errors.organisation)}
          label={<FormLabel htmlFor="zhw-import-organisation">Organisatie (id)</FormLabel>}
          description={<FormFieldDescription id="zhw-import-organisation-hint">Bijvoorbeeld aa-nederland.</FormFieldDescription>}
          errorMessage={errors.organisation ? <span id="zhw-import-organisation-error">{errors.organisation}</span> : undefined}
          input={
            <Textbox
              id="zhw-import-organisation"
              invalid={Boolean(errors.organisation)}
              aria-describedby={`zhw-import-organisation-hint${errors.organisation ? ' zhw-import-organisation-error' : ''}`}
              value={organisation}
              onChange={(e) => setOrganisation(e.target.value)}
            />
          }
        />
        <FormField
          label={<FormLabel htmlFor="zhw-import-file">Bestand (niet verplicht)</FormLabel>}
          input={
            <input
              id="zhw-import-file"
              type="file"
              accept="application/json,.json"
              onChange={(e) => {
                const file = e.target.files?.[0];
                if (file) void file.text().then(setJson);
              }}
            />
          }
        />
        <FormField
          invalid={Boolean(errors.feed)}
          label={<FormLabel htmlFor="zhw-import-feed">Feed (JSON)</FormLabel>}
          errorMessage={errors.feed ? <span id="zhw-import-feed-error">{errors.feed}</span> : undefined}
          input={
            <Textarea
              id="zhw-import-feed"
              className="zhw-admin-json"
              invalid={Boolean(errors.feed)}
              aria-describedby={errors.feed ? 'zhw-import-feed-error' : undefined}
              value={json}
              onChange={(e) => setJson(e.target.value)}
            />
          }
        />
        <div className="zhw-admin-check">
          <Checkbox id="zhw-import-dry" checked={dryRun} onChange={(e) => setDryRun(e.target.checked)} />
          <FormLabel htmlFor="zhw-import-dry" type="checkbox">
            Proefimport: alleen laten zien wat er zou gebeuren
          </FormLabel>
        </div>
        <div className="zhw-admin-check">
          <Checkbox
            id="zhw-import-close-missing"
            checked={closeMissing}
            onChange={(e) => setCloseMissing(e.target.checked)}
          />
          <FormLabel htmlFor="zhw-import-close-missing" type="checkbox">
            Bijeenkomsten van deze organisatie die niet meer in de feed staan tijdelijk sluiten
          </FormLabel>
        </div>
        <div>
          <Button type="submit" appearance="primary-action-button" disabled={busy}>
            {dryRun ? 'Proefimport starten' : 'Importeren'}
          </Button>
        </div>
      </form>
      <div role="status" className="zhw-admin-section">
        {result && 'report' in result && <ImportResult report={result.report} />}
      </div>
      {result && 'error' in result && <ProblemAlert error={result.error} />}
    </>
  );
}

/** Why a row was refused or skipped, else what changed; plus remarks that did not stop the import. */
function rowExplanation(row: ImportReport['rows'][number]): string {
  const parts = [
    row.errors?.map((e) => `${e.field}: ${e.message}`).join('; ') ||
      (row.changedFields?.length ? `Gewijzigd: ${row.changedFields.join(', ')}` : ''),
    ...(row.warnings ?? []),
  ];
  return parts.filter(Boolean).join(' ');
}

function ImportResult({ report }: { report: ImportReport }) {
  return (
    <section aria-labelledby="zhw-import-result">
      <Heading level={2} id="zhw-import-result">
        {report.dryRun ? 'Resultaat van de proefimport (niets opgeslagen)' : 'Resultaat van de import'}
      </Heading>
      <Alert type={report.rejected > 0 ? 'warning' : 'ok'}>
        <Paragraph>
          {report.total} rijen: {report.created} nieuw, {report.updated} bijgewerkt, {report.unchanged} ongewijzigd,{' '}
          {report.skipped} overgeslagen, {report.rejected} geweigerd.
        </Paragraph>
      </Alert>
      {report.rows.length > 0 && (
        <DataTable<ImportReport['rows'][number]>
          columns={[
            { header: 'Rij', cell: (row) => row.index + 1 },
            { header: 'Slug', cell: (row) => (row.meetingSlugs?.length ? row.meetingSlugs.join(', ') : (row.slug ?? '–')) },
            { header: 'Uitkomst', cell: (row) => OUTCOME_LABELS[row.outcome] ?? row.outcome },
            { header: 'Toelichting', cell: rowExplanation },
          ]}
          rows={report.rows}
          rowKey={(row, i) => `${row.index}-${i}`}
        />
      )}
      <ImportMissing report={report} />
    </section>
  );
}
