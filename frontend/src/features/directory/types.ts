// Friendly names for the group and meeting shapes in the generated `api.ts`, taken from the paths
// (fixed by the API contract) so that regenerating `api.ts` does not break them.
import type { paths } from '@/types/api';
import type { JsonOf } from '@/types/api-models';

export type MeetingPage = JsonOf<paths['/api/v1/meetings']['get']['responses'][200]>;
export type Meeting = MeetingPage['items'][number];
export type MeetingQuery = NonNullable<paths['/api/v1/meetings']['get']['parameters']['query']>;
export type GroupPage = JsonOf<paths['/api/v1/meeting-groups']['get']['responses'][200]>;
export type GroupHits = GroupPage['items'][number];
export type MapPoints = JsonOf<paths['/api/v1/meeting-map']['get']['responses'][200]>;
export type MapPoint = MapPoints['points'][number];
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

// The coordinator screens (verification, reports, edit forms, import).
export type VerificationPage = JsonOf<paths['/api/v1/admin/verification-queue']['get']['responses'][200]>;
export type VerificationItem = VerificationPage['items'][number];
export type ReportPage = JsonOf<paths['/api/v1/admin/reports']['get']['responses'][200]>;
export type Report = ReportPage['items'][number];
export type ReportStatus = Report['status'];
export type Change = JsonOf<paths['/api/v1/groups/{slug}/history']['get']['responses'][200]>[number];
export type GroupWrite = paths['/api/v1/groups/{slug}']['put']['requestBody']['content']['application/json'];
export type ImportReport = JsonOf<paths['/api/v1/admin/imports/meeting-guide']['post']['responses'][200]>;
export type MeetingGuideMeeting = paths['/api/v1/admin/imports/meeting-guide']['post']['requestBody']['content']['application/json'][number];
export type MeetingWrite = paths['/api/v1/groups/{slug}/meetings']['post']['requestBody']['content']['application/json'];
export type OrganisationWrite = paths['/api/v1/organisations/{id}']['put']['requestBody']['content']['application/json'];
export type OrganisationCreate = paths['/api/v1/organisations']['post']['requestBody']['content']['application/json'];
export type ContactPointWrite = OrganisationWrite['contactPoints'][number];
export type MeetingEdit = JsonOf<paths['/api/v1/admin/meetings/{slug}']['get']['responses'][200]>;
export type OrganisationChange = JsonOf<paths['/api/v1/organisations/{id}/history']['get']['responses'][200]>[number];
export type RegisterPage = JsonOf<paths['/api/v1/admin/groups']['get']['responses'][200]>;
export type RegisterItem = RegisterPage['items'][number];
export type RegisterQuery = NonNullable<paths['/api/v1/admin/groups']['get']['parameters']['query']>;
