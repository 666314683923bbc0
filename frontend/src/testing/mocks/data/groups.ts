import type { GroupDetail, MeetingSummary } from '@/types/api-models';

const organisation = { id: 'aa-nederland', name: 'Anonieme Alcoholisten Nederland', shortName: 'AA', kind: 'SELF_HELP_FELLOWSHIP', approach: 'TWELVE_STEP' } as const;
const location = { name: 'Wijkcentrum Test', address: 'Lindelaan 1', postcode: '3511 AB', city: 'Utrecht', region: 'Utrecht', country: 'NL', latitude: 52.0907, longitude: 5.1214, approximate: false } as const;

export const meetings: MeetingSummary[] = [
  {
    slug: 'test-aa-utrecht-wo', name: 'AA Utrecht De Bron', groupSlug: 'test-aa-utrecht', groupName: 'AA Utrecht De Bron',
    organisation, frequency: 'WEEKLY', day: 3, byDay: 'WE', startTime: '19:30', endTime: '21:00', timeZone: 'Europe/Amsterdam',
    attendance: 'IN_PERSON', location, types: ['O', 'D'], open: true, audiences: ['PERSON'], behaviours: ['ALCOHOL'],
    languages: ['nl', 'en'], accessibility: ['WHEELCHAIR'], dualDiagnosis: false, temporarilyClosed: false,
    nextStart: '2026-01-14T19:30:00+01:00', inProgress: true, demo: false, verifiedAt: '2025-12-15T11:00:00Z',
    needsVerification: false, updatedAt: '2026-01-01T10:00:00Z',
  },
  {
    slug: 'voorbeeld-agog-online-1', name: 'Voorbeeld: AGOG Online', groupSlug: 'voorbeeld-agog-online', groupName: 'Voorbeeld: AGOG Online',
    organisation: { ...organisation, id: 'agog', name: 'Anonieme Gokkers en Omgeving', shortName: 'AGOG' },
    frequency: 'MONTHLY', day: 1, weekOfMonth: 2, byDay: '2MO', startTime: '20:00', endTime: '21:30', timeZone: 'Europe/Amsterdam',
    attendance: 'ONLINE', conferenceUrl: 'https://voorbeeld.zelfhulpwijzer.nl/online/x', types: ['C'], open: false,
    audiences: ['PERSON'], behaviours: ['GAMBLING'], languages: ['nl'], accessibility: [], dualDiagnosis: false,
    temporarilyClosed: false, nextStart: '2026-02-09T20:00:00+01:00', inProgress: false, demo: true,
    needsVerification: true, updatedAt: '2026-01-01T10:00:00Z',
  },
];

export const group: GroupDetail = {
  slug: 'test-aa-utrecht', name: 'AA Utrecht De Bron', organisation, location, audiences: ['PERSON'], behaviours: ['ALCOHOL'],
  open: true, dualDiagnosis: false, insideInstitution: false, acceptsTrial: true, languages: ['nl', 'en'],
  accessibility: ['WHEELCHAIR'], professionalMayAttend: true, contactRole: 'CHAIR', contactPhone: '030 123 45 67',
  status: 'ACTIVE', demo: false, verifiedAt: '2025-12-15T11:00:00Z', verifiedBy: 'coordinator', needsVerification: false,
  updatedAt: '2026-01-01T10:00:00Z', version: 3, meetings: [meetings[0]],
};
