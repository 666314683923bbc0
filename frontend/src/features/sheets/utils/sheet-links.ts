/** Which sheet: the kinds the backend renders from public data (the referral sheet needs a login and is apart). */
export type SheetRequest =
  | { kind: 'groep'; slug: string; easyRead?: boolean }
  | { kind: 'organisatie'; id: string }
  | { kind: 'familie'; city?: string }
  | { kind: 'poster'; city: string }
  | { kind: 'werkblad'; pathway: string; step: string };

/** The folder choices offered beside a group or organisation: B1, easy-read (groups only) and for family. */
export type FolderChoice = 'b1' | 'makkelijk' | 'familie';

export const FOLDER_LABELS: Record<FolderChoice, string> = {
  b1: 'Gewone folder (B1)',
  makkelijk: 'Makkelijk lezen',
  familie: 'Voor familie en naasten',
};

const SHEETS = '/api/v1/sheets';

/** The backend address of a sheet as web page (html) or PDF; every value is encoded. */
export function sheetApiPath(sheet: SheetRequest, format: 'html' | 'pdf'): string {
  const query = new URLSearchParams();
  let path: string;
  switch (sheet.kind) {
    case 'groep':
      path = `/groups/${encodeURIComponent(sheet.slug)}`;
      if (sheet.easyRead) query.set('variant', 'makkelijk');
      break;
    case 'organisatie':
      path = `/organisations/${encodeURIComponent(sheet.id)}`;
      break;
    case 'familie':
      path = '/family';
      if (sheet.city) query.set('plaats', sheet.city);
      break;
    case 'poster':
      path = '/poster';
      query.set('plaats', sheet.city);
      break;
    case 'werkblad':
      path = `/pathways/${encodeURIComponent(sheet.pathway)}/steps/${encodeURIComponent(sheet.step)}`;
      break;
  }
  if (format === 'pdf') query.set('formaat', 'pdf');
  const search = query.toString();
  return `${SHEETS}${path}${search ? `?${search}` : ''}`;
}

/** The web client's page that shows a sheet (/folder?…), so a sheet can be linked, printed and bookmarked. */
export function folderPagePath(sheet: SheetRequest): string {
  const query = new URLSearchParams({ soort: sheet.kind });
  switch (sheet.kind) {
    case 'groep':
      query.set('groep', sheet.slug);
      if (sheet.easyRead) query.set('variant', 'makkelijk');
      break;
    case 'organisatie':
      query.set('organisatie', sheet.id);
      break;
    case 'familie':
    case 'poster':
      if (sheet.city) query.set('plaats', sheet.city);
      break;
    case 'werkblad':
      query.set('zorgpad', sheet.pathway);
      query.set('stap', sheet.step);
      break;
  }
  return `/folder?${query.toString()}`;
}

/** Reads /folder's query back; undefined when something needed is missing (the page then asks for it). */
export function sheetFromQuery(query: URLSearchParams): SheetRequest | undefined {
  const get = (name: string) => query.get(name)?.trim() || undefined;
  const kind = get('soort');
  const slug = get('groep');
  const id = get('organisatie');
  const city = get('plaats');
  const pathway = get('zorgpad');
  const step = get('stap');
  if (kind === 'groep' && slug) return { kind, slug, easyRead: get('variant') === 'makkelijk' };
  if (kind === 'organisatie' && id) return { kind, id };
  if (kind === 'familie') return { kind, city };
  if (kind === 'poster' && city) return { kind, city };
  if (kind === 'werkblad' && pathway && step) return { kind, pathway, step };
  return undefined;
}

/**
 * The sheet for a folder choice beside a group or organisation. Easy-read exists per group; for an organisation
 * without a group it falls back to the organisation sheet.
 */
export function sheetForChoice(choice: FolderChoice, target: { organisationId: string; groupSlug?: string }): SheetRequest {
  if (choice === 'familie') return { kind: 'familie' };
  if (target.groupSlug) return { kind: 'groep', slug: target.groupSlug, easyRead: choice === 'makkelijk' };
  return { kind: 'organisatie', id: target.organisationId };
}

/** A town name as the backend accepts it ('s-Hertogenbosch too: letters, spaces, hyphens, apostrophes; at most 80). */
export function isCityName(value: string): boolean {
  const city = value.trim();
  return /^[\p{L}'][\p{L} '\-.]{0,79}$/u.test(city) && /\p{L}/u.test(city);
}
