// Dutch labels (B1) for the codes of the audit log.
import type { AuditEvent } from './types';

export const ACTION_LABELS: Record<AuditEvent['action'], string> = {
  CREATE: 'Gemaakt',
  READ: 'Bekeken',
  UPDATE: 'Gewijzigd',
  EXPORT: 'Geëxporteerd',
  VERIFY: 'Gecontroleerd',
};

export const PURPOSE_LABELS: Record<AuditEvent['purpose'], string> = {
  CARE: 'Zorg',
  ACCOUNTABILITY: 'Verantwoording',
};
