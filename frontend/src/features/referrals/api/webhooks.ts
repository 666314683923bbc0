import { api, unwrap } from '@/lib/api-client';

import type { WebhookDelivery } from '../types';

/** GET /api/v1/webhooks/deliveries?status=DEAD (beheerder): notifications the EPD never received. */
export async function getDeadLetters(signal?: AbortSignal): Promise<WebhookDelivery[]> {
  return (await unwrap(api.GET('/api/v1/webhooks/deliveries', { params: { query: { status: 'DEAD', size: 100 } }, signal }))).items;
}

/** POST /api/v1/webhooks/deliveries/{id}/redeliver (beheerder): try once more. */
export function redeliver(id: string): Promise<WebhookDelivery> {
  return unwrap(api.POST('/api/v1/webhooks/deliveries/{id}/redeliver', { params: { path: { id } } }));
}
