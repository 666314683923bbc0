// Friendly names for the pathway shapes of the generated `api.ts`, taken from the paths (fixed by the contract).
import type { paths } from '@/types/api';
import type { JsonOf } from '@/types/api-models';

export type PathwayList = JsonOf<paths['/api/v1/pathways']['get']['responses'][200]>;
export type Pathway = PathwayList['items'][number];
export type PathwayStep = Pathway['steps'][number];
export type Guidance = PathwayStep['guidance'][number];
export type PathwayItem = PathwayStep['materials'][number];
export type PathwayQuery = NonNullable<paths['/api/v1/pathways']['get']['parameters']['query']>;

export type TreatmentPhase = PathwayStep['phases'][number];
export type PathwayVariant = Pathway['variant'];
export type IntegrationLevel = PathwayStep['level'];
export type Actor = PathwayStep['actors'][number];
export type GuidanceKind = Guidance['kind'];
export type PathwayAudience = Pathway['audience'];

// Editing (coordinators).
export type VersionDetail = JsonOf<paths['/api/v1/pathways/{id}/draft']['get']['responses'][200]>;
export type StepInput = NonNullable<
  paths['/api/v1/pathways/{id}/versions/{number}/steps/{key}']['put']['requestBody']
>['content']['application/json'];
