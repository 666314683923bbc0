import type { components } from '@/types/api';

export type AuditHistory = components['schemas']['AuditHistory'];
export type AuditEvent = components['schemas']['AuditEvent'];
export type ChainCheck = components['schemas']['ChainCheck'];

/** The period of the access history: dates (yyyy-mm-dd), empty means open. */
export type Period = { from: string; to: string };
