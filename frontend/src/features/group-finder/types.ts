// Friendly names for the meeting and group shapes in the generated `api.ts`, taken from the paths
// (fixed by the API contract) so that regenerating `api.ts` does not break them.
import type { paths } from '@/types/api';

type JsonOf<T> = T extends { content: { 'application/json': infer B } } ? B : never;

export type MeetingPage = JsonOf<paths['/api/v1/meetings']['get']['responses'][200]>;
export type Meeting = MeetingPage['items'][number];
export type MeetingQuery = NonNullable<paths['/api/v1/meetings']['get']['parameters']['query']>;
export type Group = JsonOf<paths['/api/v1/groups/{slug}']['get']['responses'][200]>;
export type MeetingLocation = NonNullable<Meeting['location']>;
export type Accessibility = Meeting['accessibility'][number];
export type AttendanceMode = Meeting['attendance'];
export type TimeOfDay = NonNullable<MeetingQuery['time_of_day']>;
export type Frequency = Meeting['frequency'];
export type ContactRole = NonNullable<Group['contactRole']>;
export type ReportWrite = NonNullable<
  paths['/api/v1/groups/{slug}/reports']['post']['requestBody']
>['content']['application/json'];
export type ReportReason = ReportWrite['reason'];
