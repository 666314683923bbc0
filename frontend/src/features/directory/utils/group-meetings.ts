import type { Meeting } from '../types';

export type GroupedMeetings = { first: Meeting; others: Meeting[] };

/**
 * One entry per group, in the order the group first appears, with its other meetings (other days) attached:
 * a group that meets five times a week is one result, not five.
 */
export function groupMeetings(items: readonly Meeting[]): GroupedMeetings[] {
  const byGroup = new Map<string, GroupedMeetings>();
  for (const meeting of items) {
    const entry = byGroup.get(meeting.groupSlug);
    if (entry) entry.others.push(meeting);
    else byGroup.set(meeting.groupSlug, { first: meeting, others: [] });
  }
  return [...byGroup.values()];
}
