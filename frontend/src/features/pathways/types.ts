// Friendly names for the pathway shapes of the generated `api.ts`, taken from the paths (fixed by the contract).
import type { paths } from '@/types/api';

type JsonOf<T> = T extends { content: { 'application/json': infer B } } ? B : never;

export type PathwayList = JsonOf<paths['/api/v1/pathways']['get']['responses'][200]>;
export type Pathway = PathwayList['items'][number];
export type PathwayStep = Pathway['steps'][number];
export type Guidance = PathwayStep['guidance'][number];
export type PathwayItem = PathwayStep['materials'][number];
export type Citation = PathwayStep['source'];
export type PathwayQuery = NonNullable<paths['/api/v1/pathways']['get']['parameters']['query']>;

export type TreatmentPhase = PathwayStep['phases'][number];
export type PathwayVariant = Pathway['variant'];
export type IntegrationLevel = PathwayStep['level'];
export type Actor = PathwayStep['actors'][number];
export type GuidanceKind = Guidance['kind'];
export type PathwayAudience = Pathway['audience'];

// Institution level (staff of one instelling).
export type Plan = JsonOf<paths['/api/v1/implementation/plan']['get']['responses'][200]>;
export type PlanStep = Plan['steps'][number];
export type PlanStatus = PlanStep['status'];
export type OwnerRole = NonNullable<PlanStep['ownerRole']>;
export type PlanStepInput = NonNullable<
  paths['/api/v1/implementation/plan/steps/{number}']['put']['requestBody']
>['content']['application/json'];
export type SelfAssessment = JsonOf<paths['/api/v1/implementation/advices']['get']['responses'][200]>;
export type Advice = SelfAssessment['items'][number];
export type AssessmentStatus = Advice['status'];
export type AdviceArea = Advice['area'];
export type SurveyResults = JsonOf<paths['/api/v1/implementation/survey/results']['get']['responses'][200]>;
export type SurveyQuestionResult = SurveyResults['questions'][number];

// Editing (coordinators).
export type VersionDetail = JsonOf<paths['/api/v1/pathways/{id}/draft']['get']['responses'][200]>;
export type StepInput = NonNullable<
  paths['/api/v1/pathways/{id}/versions/{number}/steps/{key}']['put']['requestBody']
>['content']['application/json'];
export type SurveyQuestionList = JsonOf<paths['/api/v1/implementation/survey/questions']['get']['responses'][200]>;
export type SurveyQuestion = SurveyQuestionList['items'][number];
export type SurveyRoundList = JsonOf<paths['/api/v1/implementation/survey/rounds']['get']['responses'][200]>;
export type SurveyRound = SurveyRoundList['items'][number];
export type ConvenantView = JsonOf<paths['/api/v1/implementation/convenant']['get']['responses'][200]>;
export type ContactList = JsonOf<paths['/api/v1/implementation/contacts']['get']['responses'][200]>;
export type FacilityList = JsonOf<paths['/api/v1/implementation/facilities']['get']['responses'][200]>;
