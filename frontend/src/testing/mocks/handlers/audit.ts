import { http, HttpResponse } from 'msw';

import type { AuditEvent } from '@/features/audit/types';

const API = '*/api/v1';

export const AUDIT_EVENT: AuditEvent = {
  seq: 1,
  occurredAt: '2026-12-01T10:00:00Z',
  action: 'CREATE',
  outcome: 'SUCCESS',
  userId: 'medewerker',
  userRole: 'medewerker',
  clientRef: 'EPD-4711',
  resourceType: 'Referral',
  resourceId: '6f1c1f5e-0000-4000-8000-000000000001',
  sourceSystem: 'zelfhulpwijzer-web',
  purpose: 'CARE',
  hash: 'ab12',
};

/** The audit API as in openapi.yaml (beheerder only). */
export const auditHandlers = [
  http.get(`${API}/audit/clients/:clientRef/events`, ({ params }) =>
    HttpResponse.json({ clientRef: params.clientRef as string, events: [AUDIT_EVENT] }),
  ),
  http.post(`${API}/audit/verify`, () => HttpResponse.json({ intact: true })),
];
