import type { Meeting } from '../types';

export type MapPoint = { meeting: Meeting; lat: number; lon: number };

/** Meetings that can go on a map: in person, with coordinates, and not only a town. */
export function mapPoints(meetings: readonly Meeting[]): MapPoint[] {
  return meetings.flatMap((meeting) => {
    const loc = meeting.location;
    if (!loc || loc.approximate || loc.latitude == null || loc.longitude == null || meeting.attendance === 'ONLINE') return [];
    return [{ meeting, lat: loc.latitude, lon: loc.longitude }];
  });
}
