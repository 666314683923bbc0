import { dateTimeFormat } from '@/lib/date-time-format';

/** "25 november 2026" (Dutch, Amsterdam time). */
export function formatDate(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime())
    ? iso
    : dateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' }).format(d);
}

/** "25 november 2026 om 14:03". */
export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const time = dateTimeFormat('nl-NL', { timeStyle: 'short', timeZone: 'Europe/Amsterdam' }).format(d);
  return `${formatDate(iso)} om ${time}`;
}
