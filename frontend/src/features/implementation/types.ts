// Friendly names for the implementation shapes of the generated `api.ts`, taken from the paths (fixed by the contract).
import type { paths } from '@/types/api';
import type { JsonOf } from '@/types/api-models';

// The plan, self-assessment and survey of one instelling (its staff only).
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
export type SurveyQuestionList = JsonOf<paths['/api/v1/implementation/survey/questions']['get']['responses'][200]>;
export type SurveyQuestion = SurveyQuestionList['items'][number];
export type SurveyRoundList = JsonOf<paths['/api/v1/implementation/survey/rounds']['get']['responses'][200]>;
export type SurveyRound = SurveyRoundList['items'][number];
export type ConvenantView = JsonOf<paths['/api/v1/implementation/convenant']['get']['responses'][200]>;
export type ContactList = JsonOf<paths['/api/v1/implementation/contacts']['get']['responses'][200]>;
export type FacilityList = JsonOf<paths['/api/v1/implementation/facilities']['get']['responses'][200]>;
export type ContactRole = ContactList['items'][number]['role'];
