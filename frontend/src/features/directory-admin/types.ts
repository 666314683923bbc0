// Friendly names for the coordinator screens' shapes in the generated `api.ts`.
import type { paths } from '@/types/api';

type JsonOf<T> = T extends { content: { 'application/json': infer B } } ? B : never;

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
