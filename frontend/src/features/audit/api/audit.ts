import { api, unwrap } from '@/lib/api-client';

import type { AuditHistory, ChainCheck, Period } from '../types';

/** The period as the API's ISO 8601 instants: from the start of `from` to the end of `to` (UTC). */
export function periodQuery({ from, to }: Period): { from?: string; to?: string } {
  return {
    from: from ? `${from}T00:00:00Z` : undefined,
    to: to ? new Date(Date.parse(`${to}T00:00:00Z`) + 86_400_000).toISOString() : undefined,
  };
}

/** GET /api/v1/audit/clients/{clientRef}/events (beheerder); reading it is logged too. */
export function getAuditHistory(clientRef: string, period: Period, signal?: AbortSignal): Promise<AuditHistory> {
  return unwrap(api.GET('/api/v1/audit/clients/{clientRef}/events', {
    params: { path: { clientRef }, query: periodQuery(period) },
    signal,
  }));
}

/**
 * GET /api/v1/audit/clients/{clientRef}/export as a file to save: fetched with the bearer token (a plain link
 * would go without it), then handed to the browser as a download.
 */
export async function downloadAuditExport(clientRef: string, period: Period, format: 'csv' | 'json'): Promise<void> {
  const blob = await unwrap(api.GET('/api/v1/audit/clients/{clientRef}/export', {
    params: { path: { clientRef }, query: { format, ...periodQuery(period) } },
    headers: { Accept: format === 'csv' ? 'text/csv' : 'application/json' },
    parseAs: 'blob',
  }));
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = `toegang-${clientRef.replace(/[^A-Za-z0-9._-]/g, '_')}.${format}`;
  anchor.click();
  // Revoked a moment later: the browser starts the download after this click handler returns.
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** POST /api/v1/audit/verify (beheerder): recompute the hash chain. */
export function verifyAuditChain(): Promise<ChainCheck> {
  return unwrap(api.POST('/api/v1/audit/verify'));
}
