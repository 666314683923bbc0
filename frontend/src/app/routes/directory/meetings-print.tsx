import { Alert, Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useSearchParams } from 'react-router';

import { ProblemAlert } from '@/components/errors/problem-alert';
import { Loading } from '@/components/ui/loading';
import { AppButtonLink } from '@/components/ui/router-link';
import { PRINT_MAX, usePrintList } from '@/features/directory/api/print-list';
import { ListQrCode } from '@/features/directory/components/list-qr-code';
import { PrintList } from '@/features/directory/components/print-list';
import {
  CODE_FILTERS,
  CODE_FILTER_NAMES,
  filtersFromSearchParams,
  filtersToSearchParams,
} from '@/features/directory/utils/meeting-filters';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { dateTimeFormat } from '@/lib/date-time-format';

import { dayText } from './meetings';

import '@/features/directory/components/meetings.css';

/** "Lijst voor de wachtkamer", /bijeenkomsten/afdrukken: the filtered meetings of the week, for printing. */
export function MeetingsPrintRoute({ onPrint = () => window.print() }: { onPrint?: () => void }) {
  const [searchParams] = useSearchParams();
  // The waiting-room list covers the whole week unless a day was chosen.
  const parsed = filtersFromSearchParams(searchParams);
  const filters = { ...parsed, page: 1, day: searchParams.has('day') ? parsed.day : ('all' as const) };
  const result = usePrintList(filters);
  const chosen = [
    filters.place && `plaats of regio ‘${filters.place}’`,
    filters.q && `zoekwoord ‘${filters.q}’`,
    filters.day !== 'all' && dayText({ ...filters, near: undefined }),
    filters.near && `binnen ${filters.near.radiusKm} km van de gekozen plek`,
    ...CODE_FILTER_NAMES.map((n) => {
      const v = filters[n];
      return v ? (CODE_FILTERS[n] as Record<string, string>)[v]?.toLowerCase() : undefined;
    }),
  ].filter(Boolean);
  const back = filtersToSearchParams({ ...filters, day: parsed.day }).toString();

  useDocumentTitle(filters.place ? `Zelfhulpgroepen in ${filters.place}` : 'Zelfhulpgroepen: lijst voor de wachtkamer');

  return (
    <div className="zhw-print-page">
      <Heading level={1} className="zhw-page-title" tabIndex={-1}>
        {filters.place ? `Zelfhulpgroepen in ${filters.place}` : 'Zelfhulpgroepen'}
      </Heading>
      <Paragraph appearance="lead">
        Bij een zelfhulpgroep praat u met mensen die hetzelfde meemaken. Meedoen is gratis. U hoeft zich meestal niet
        aan te melden.
      </Paragraph>
      {chosen.length > 0 && <Paragraph>Gekozen: {chosen.join(', ')}.</Paragraph>}
      <Paragraph appearance="small">
        Lijst gemaakt op {dateTimeFormat('nl-NL', { dateStyle: 'long' }).format(new Date())}. Tijden kunnen
        veranderen: kijk op de Zelfhulpwijzer voor de nieuwste gegevens.
      </Paragraph>
      <ButtonGroup className="zhw-no-print">
        <Button appearance="primary-action-button" onClick={onPrint}>
          Afdrukken
        </Button>
        <AppButtonLink to={back ? `/bijeenkomsten?${back}` : '/bijeenkomsten'}>Terug naar Groep vinden</AppButtonLink>
      </ButtonGroup>
      {result.status === 'success' ? (
        <>
          {result.data.total > result.data.groups.length && (
            <Alert type="warning">
              <Paragraph>
                Er passen {result.data.total} groepen bij uw keuzes; de lijst toont de eerste {PRINT_MAX}. Kies een
                plaats of regio voor een kortere lijst.
              </Paragraph>
            </Alert>
          )}
          <PrintList groups={result.data.groups} />
          <ListQrCode url={`${window.location.origin}/bijeenkomsten${back ? `?${back}` : ''}`} />
        </>
      ) : result.status === 'error' ? (
        <ProblemAlert error={result.error} />
      ) : (
        <Loading>De lijst wordt gemaakt…</Loading>
      )}
    </div>
  );
}
