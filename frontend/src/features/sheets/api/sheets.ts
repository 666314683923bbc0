import { api, unwrap } from '@/lib/api-client';

/**
 * POST /api/v1/sheets/referrals/{id}: the client's referral sheet, fetched with the bearer token (a plain link would
 * go without it). Each call makes a new check-in link when the client consented, so ask for one format at a time.
 */
export function fetchReferralSheet(id: string, format: 'html' | 'pdf'): Promise<Blob> {
  return unwrap(api.POST('/api/v1/sheets/referrals/{id}', {
    params: { path: { id }, query: { formaat: format } },
    headers: { Accept: format === 'pdf' ? 'application/pdf' : 'text/html' },
    parseAs: 'blob',
  }));
}
