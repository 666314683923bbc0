import { api, unwrap } from '@/lib/api-client';

import type { Period, ReferralReport, SurveyComparison } from '../types';

function periodQuery(period: Period) {
  return { from: period.from || undefined, to: period.to || undefined };
}

/** GET /api/v1/reports/referrals: the institution's indicators, small counts left out by the server. */
export async function getReferralReport(period: Period, signal?: AbortSignal): Promise<ReferralReport> {
  // The endpoint also speaks CSV; asked for JSON (the client's default Accept), it answers JSON.
  return (await unwrap(api.GET('/api/v1/reports/referrals', { params: { query: periodQuery(period) }, signal }))) as ReferralReport;
}

/** GET /api/v1/reports/survey: the Bijlage 4 survey, baseline beside the latest follow-up. */
export async function getSurveyComparison(signal?: AbortSignal): Promise<SurveyComparison> {
  return (await unwrap(api.GET('/api/v1/reports/survey', { signal }))) as SurveyComparison;
}

/** The referral report as CSV, fetched with the bearer token and handed to the browser as a download. */
export async function downloadReferralCsv(period: Period): Promise<void> {
  const blob = await unwrap(api.GET('/api/v1/reports/referrals', {
    params: { query: { format: 'csv', ...periodQuery(period) } },
    headers: { Accept: 'text/csv' },
    parseAs: 'blob',
  }));
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = `verwijzingen-${period.from || 'begin'}-${period.to || 'vandaag'}.csv`;
  anchor.click();
  // Revoked a moment later: the browser starts the download after this click handler returns.
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}
