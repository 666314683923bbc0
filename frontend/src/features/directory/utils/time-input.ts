/**
 * A time as people type it in Dutch ("20.00", "20:00", "8.30", "20u", "2000") as the API's "HH:mm".
 * Anything else comes back trimmed but unchanged, so the API's own field error explains it.
 */
export function normalizeTime(input: string): string {
  const text = input.trim().toLowerCase();
  const match = /^(\d{1,2})(?:[.:,hu]\s*(\d{2})?|(\d{2}))?\s*(?:uur|u)?$/.exec(text);
  if (!match) return input.trim();
  const hours = Number(match[1]);
  const minutes = Number(match[2] ?? match[3] ?? '0');
  if (hours > 23 || minutes > 59) return input.trim();
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}
