// Friendly names for the shapes in the generated `api.ts`. They are taken from the paths (fixed by
// the API contract), not from schema names, so regenerating `api.ts` does not break them.
import type { paths } from './api';

type JsonOf<T> = T extends { content: { 'application/json': infer B } } ? B : never;

export type OrganisationPage = JsonOf<paths['/api/v1/organisations']['get']['responses'][200]>;
export type OrganisationSummary = OrganisationPage['items'][number];
export type OrganisationDetail = JsonOf<paths['/api/v1/organisations/{id}']['get']['responses'][200]>;
export type ContactPoint = OrganisationDetail['contactPoints'][number];
export type Me = JsonOf<paths['/api/v1/me']['get']['responses'][200]>;
export type OrganisationQuery = NonNullable<paths['/api/v1/organisations']['get']['parameters']['query']>;

export type OrganisationKind = OrganisationSummary['kind'];
export type Approach = OrganisationSummary['approach'];
export type Country = OrganisationSummary['country'];
export type OrganisationStatus = OrganisationSummary['status'];
export type Audience = OrganisationSummary['audiences'][number];
export type Behaviour = OrganisationSummary['behaviours'][number];
export type ContactKind = ContactPoint['kind'];

/** RFC 9457 problem details, as the backend sends them (`application/problem+json`). */
export type Problem = {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  errors?: { field: string; message: string }[];
};

// Groups and meetings (the group finder).
export type MeetingPage = JsonOf<paths['/api/v1/meetings']['get']['responses'][200]>;
export type MeetingSummary = MeetingPage['items'][number];
export type MeetingQuery = NonNullable<paths['/api/v1/meetings']['get']['parameters']['query']>;
export type GroupDetail = JsonOf<paths['/api/v1/groups/{slug}']['get']['responses'][200]>;
export type AttendanceMode = MeetingSummary['attendance'];
export type Accessibility = MeetingSummary['accessibility'][number];
export type ContactRole = NonNullable<GroupDetail['contactRole']>;
export type TimeOfDay = NonNullable<MeetingQuery['time_of_day']>;
type ReportBody = NonNullable<paths['/api/v1/groups/{slug}/reports']['post']['requestBody']>['content']['application/json'];
export type ReportWrite = ReportBody;
export type ReportReason = ReportBody['reason'];

// Coordinator queues.
export type VerificationPage = JsonOf<paths['/api/v1/admin/verification-queue']['get']['responses'][200]>;
export type VerificationItem = VerificationPage['items'][number];
export type ReportPage = JsonOf<paths['/api/v1/admin/reports']['get']['responses'][200]>;
export type Report = ReportPage['items'][number];
