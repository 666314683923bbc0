import {
  Button,
  ButtonGroup,
  FormField,
  FormLabel,
  Heading,
  Paragraph,
  Select,
  SelectOption,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { useSearchParams } from 'react-router';

import { AppLink } from '@/components/ui/router-link';
import { handleReport, useReports } from '@/features/directory/api/admin';
import { AdminPage, AdminPageHeading } from '@/features/directory/components/admin-page';
import { PagedList } from '@/features/directory/components/paged-list';
import { StatusMessage, type StatusMessageValue } from '@/features/directory/components/status-message';
import { REPORT_REASON_LABELS, label } from '@/features/directory/labels';
import type { ReportStatus } from '@/features/directory/types';
import { formatDateTime } from '@/features/directory/utils/format';
import { pageParam, pageQuery } from '@/features/directory/utils/paging';
import { meetingPath } from '@/features/directory/utils/schedule';

import '@/features/directory/components/admin.css';

const TITLE = 'Meldingen van onjuiste informatie';

export const REPORT_STATUS_LABELS: Record<ReportStatus, string> = {
  OPEN: 'Open',
  RESOLVED: 'Afgehandeld (aangepast)',
  REJECTED: 'Afgewezen (klopte wel)',
};

/** /beheer/meldingen: what visitors reported as wrong, oldest first. */
export function ReportsRoute() {
  return (
    <AdminPage title={TITLE}>
      <Reports />
    </AdminPage>
  );
}

function Reports() {
  const [params, setParams] = useSearchParams();
  const page = pageParam(params);
  const rawStatus = params.get('status');
  const status: ReportStatus = rawStatus === 'RESOLVED' || rawStatus === 'REJECTED' ? rawStatus : 'OPEN';
  const [reload, setReload] = useState(0);
  const [message, setMessage] = useState<StatusMessageValue | null>(null);
  const reports = useReports(status, page, reload);

  const act = async (id: number, group: string, action: 'resolve' | 'reject') => {
    try {
      await handleReport(id, action);
      setMessage({
        ok: true,
        text: action === 'resolve' ? `De melding over ${group} is afgehandeld.` : `De melding over ${group} is afgewezen.`,
      });
      setReload((n) => n + 1);
    } catch (error) {
      setMessage({ ok: false, text: `De melding over ${group} kon niet worden bijgewerkt.`, error });
    }
  };

  const href = (p: number) => `/beheer/meldingen?${pageQuery(params, p)}`;

  return (
    <>
      <AdminPageHeading>{TITLE}</AdminPageHeading>
      <Paragraph>
        Bezoekers melden hier wat er niet klopt. Pas de groep aan en kies ‘Afgehandeld’, of kies ‘Afwijzen’ als de
        gegevens wel kloppen.
      </Paragraph>
      <FormField
        label={<FormLabel htmlFor="zhw-report-status">Welke meldingen</FormLabel>}
        input={
          <Select
            id="zhw-report-status"
            value={status}
            onChange={(e) => {
              setMessage(null);
              setParams(e.target.value === 'OPEN' ? {} : { status: e.target.value });
            }}
          >
            {Object.entries(REPORT_STATUS_LABELS).map(([code, text]) => (
              <SelectOption key={code} value={code}>
                {text}
              </SelectOption>
            ))}
          </Select>
        }
      />
      <StatusMessage message={message} />
      <PagedList
        state={reports}
        id="zhw-reports-count"
        heading={(total) => (total === 1 ? '1 melding' : `${total} meldingen`)}
        loadingText="De meldingen worden geladen…"
        hrefFor={href}
      >
        {(data) => (
          <>
            {data.items.length === 0 && <Paragraph>Er zijn geen meldingen met deze status.</Paragraph>}
            <ul className="zhw-result-list" role="list">
              {data.items.map((r) => (
                <li key={r.id}>
                  <article className="zhw-card" aria-labelledby={`report-${r.id}`}>
                    <Heading level={3} id={`report-${r.id}`} className="zhw-card__title">
                      {label(REPORT_REASON_LABELS, r.reason)}: {r.groupName}
                    </Heading>
                    <Paragraph appearance="small">Gemeld op {formatDateTime(r.createdAt)}</Paragraph>
                    {r.message && <Paragraph>‘{r.message}’</Paragraph>}
                    <Paragraph>
                      <AppLink to={`/beheer/groepen/${encodeURIComponent(r.groupSlug)}`}>Groep aanpassen</AppLink>
                      {r.meetingSlug && (
                        <>
                          {' · '}
                          <AppLink to={meetingPath(r.meetingSlug)}>Bijeenkomst bekijken</AppLink>
                        </>
                      )}
                    </Paragraph>
                    {r.status === 'OPEN' ? (
                      <ButtonGroup>
                        <Button appearance="primary-action-button" onClick={() => void act(r.id, r.groupName, 'resolve')}>
                          Afgehandeld<span className="zhw-visually-hidden">: melding over {r.groupName}</span>
                        </Button>
                        <Button appearance="secondary-action-button" onClick={() => void act(r.id, r.groupName, 'reject')}>
                          Afwijzen<span className="zhw-visually-hidden">: melding over {r.groupName}</span>
                        </Button>
                      </ButtonGroup>
                    ) : (
                      <Paragraph appearance="small">
                        {REPORT_STATUS_LABELS[r.status]}
                        {r.handledBy && ` door ${r.handledBy}`}
                        {r.handledAt && ` op ${formatDateTime(r.handledAt)}`}
                      </Paragraph>
                    )}
                  </article>
                </li>
              ))}
            </ul>
          </>
        )}
      </PagedList>
    </>
  );
}
