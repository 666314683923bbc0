import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useSearchParams } from 'react-router';

import { RequireRole } from '@/components/auth/require-role';
import { ProblemAlert } from '@/components/errors/problem-alert';
import { Loading } from '@/components/ui/loading';
import { downloadReferralCsv, getReferralReport, getSurveyComparison } from '@/features/reports/api/reports';
import { PeriodFilter } from '@/features/reports/components/period-filter';
import { ReferralReportView } from '@/features/reports/components/referral-report-view';
import { SurveyComparisonTable } from '@/features/reports/components/survey-comparison';
import '@/features/reports/reports.css';
import type { Period } from '@/features/reports/types';
import { useAsync } from '@/hooks/use-async';
import { useDocumentTitle } from '@/hooks/use-document-title';

function ReportsPage() {
  const [query, setQuery] = useSearchParams();
  const period: Period = { from: query.get('van') ?? '', to: query.get('tot') ?? '' };
  const report = useAsync(`${period.from}|${period.to}`, (signal) => getReferralReport(period, signal));
  const survey = useAsync('survey', getSurveyComparison);
  const [exportError, setExportError] = useState<unknown>();
  const choose = (next: Period) => {
    const q = new URLSearchParams();
    if (next.from) q.set('van', next.from);
    if (next.to) q.set('tot', next.to);
    setQuery(q);
  };
  return (
    <>
      <PeriodFilter key={`${period.from}|${period.to}`} period={period} onChange={choose} />
      <Paragraph>
        <Button appearance="subtle-button"
          onClick={() => downloadReferralCsv(period).then(() => setExportError(undefined), setExportError)}>
          Cijfers opslaan als CSV
        </Button>
      </Paragraph>
      {exportError !== undefined && <ProblemAlert error={exportError} />}
      {report.status === 'error' && <ProblemAlert error={report.error} />}
      {report.status === 'loading' && <Loading />}
      {report.status === 'success' && <ReferralReportView report={report.data} />}
      {survey.status === 'error' && <ProblemAlert error={survey.error} />}
      {survey.status === 'success' && <SurveyComparisonTable comparison={survey.data} />}
    </>
  );
}

/** /rapportages: the institution's referral figures and the staff survey, for coordinators and beheerders. */
export function ReportsPageRoute() {
  useDocumentTitle('Rapportages');
  return (
    <RequireRole title="Rapportages" roles={['coordinator', 'beheerder']} who="coördinatoren en beheerders">
      <Heading level={1} className="zhw-page-title" tabIndex={-1}>Rapportages</Heading>
      <ReportsPage />
    </RequireRole>
  );
}
