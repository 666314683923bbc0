// Test data shaped like GET /api/v1/meetings and /api/v1/groups/{slug}. Demo groups are invented.
import type { Group, GroupPage, Meeting, MeetingPage } from '../types';

const aa = { id: 'aa-nederland', name: 'Anonieme Alcoholisten Nederland', shortName: 'AA', kind: 'SELF_HELP_FELLOWSHIP', approach: 'TWELVE_STEP' } as const;
const alanon = { id: 'al-anon', name: 'Al-Anon Familiegroepen Nederland', shortName: 'Al-Anon', kind: 'FAMILY_GROUP', approach: 'TWELVE_STEP' } as const;

export const utrechtMonday: Meeting = {
  slug: 'aa-utrecht-centrum-ma',
  name: 'AA Utrecht Centrum',
  groupSlug: 'aa-utrecht-centrum',
  groupName: 'AA-groep Utrecht Centrum',
  organisation: aa,
  frequency: 'WEEKLY',
  day: 1,
  byDay: 'MO',
  startTime: '19:30',
  endTime: '21:00',
  timeZone: 'Europe/Amsterdam',
  attendance: 'IN_PERSON',
  location: {
    name: 'Buurthuis De Linde',
    address: 'Lindelaan 12',
    postcode: '3511 AB',
    city: 'Utrecht',
    region: 'Utrecht',
    country: 'NL',
    latitude: 52.09,
    longitude: 5.12,
    approximate: false,
  },
  types: ['O', 'D'],
  open: true,
  audiences: ['PERSON'],
  behaviours: ['ALCOHOL'],
  languages: ['nl'],
  accessibility: ['WHEELCHAIR'],
  dualDiagnosis: false,
  temporarilyClosed: false,
  nextStart: '2026-11-30T19:30:00+01:00',
  inProgress: false,
  demo: true,
  needsVerification: false,
  verifiedAt: '2026-10-01T10:00:00Z',
  updatedAt: '2026-10-01T10:00:00Z',
};

export const onlineNow: Meeting = {
  ...utrechtMonday,
  slug: 'al-anon-online-wo',
  name: 'Al-Anon online',
  groupSlug: 'al-anon-online',
  groupName: 'Al-Anon online',
  organisation: alanon,
  day: 3,
  byDay: 'WE',
  startTime: '11:00',
  endTime: '12:30',
  attendance: 'ONLINE',
  location: undefined,
  conferenceUrl: 'https://meet.example.org/al-anon',
  audiences: ['PARTNER', 'RELATIVE'],
  inProgress: true,
  demo: false,
  accessibility: [],
};

export const monthlyGent: Meeting = {
  ...utrechtMonday,
  slug: 'aa-gent-2vr',
  name: 'AA Gent',
  groupSlug: 'aa-gent',
  groupName: 'AA Gent',
  frequency: 'MONTHLY',
  day: 5,
  weekOfMonth: 2,
  byDay: '2FR',
  startTime: '20:00',
  endTime: '22:00',
  location: { city: 'Gent', region: 'Oost-Vlaanderen', country: 'BE', approximate: true },
  languages: ['nl', 'fr'],
  demo: false,
};

export const allMeetings = [utrechtMonday, onlineNow, monthlyGent];

export function page(items: Meeting[], page = 1, size = 20, totalItems = items.length): MeetingPage {
  return { items, page, size, totalItems, totalPages: Math.ceil(totalItems / size) };
}

export const utrechtGroup: Group = {
  slug: 'aa-utrecht-centrum',
  name: 'AA-groep Utrecht Centrum',
  organisation: aa,
  location: utrechtMonday.location,
  audiences: ['PERSON'],
  behaviours: ['ALCOHOL'],
  open: true,
  dualDiagnosis: false,
  insideInstitution: false,
  acceptsTrial: true,
  medicationNote: 'Voorgeschreven medicijnen zijn geen probleem.',
  languages: ['nl'],
  accessibility: ['WHEELCHAIR'],
  professionalMayAttend: true,
  contactRole: 'SECRETARY',
  contactPhone: '030 123 45 67',
  contactEmail: 'utrecht@voorbeeld.example',
  status: 'ACTIVE',
  demo: true,
  needsVerification: false,
  updatedAt: '2026-10-01T10:00:00Z',
  version: 3,
  meetings: [utrechtMonday],
};

/** The same meetings as GET /api/v1/meeting-groups answers them: one item per group, the Utrecht group with its contact. */
export function groupPage(items: Meeting[], page = 1, size = 20): GroupPage {
  const groups = new Map<string, Meeting[]>();
  for (const m of items) groups.set(m.groupSlug, [...(groups.get(m.groupSlug) ?? []), m]);
  const all = [...groups].map(([group, meetings]) => {
    const g = group === utrechtGroup.slug ? utrechtGroup : undefined;
    return { group, contactRole: g?.contactRole, contactPhone: g?.contactPhone, contactEmail: g?.contactEmail, meetings };
  });
  const shown = all.slice((page - 1) * size, page * size);
  return { items: shown, page, size, totalItems: all.length, totalPages: Math.ceil(all.length / size) };
}
