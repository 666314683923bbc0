import { useAsync } from '@/hooks/use-async';
import { api, unwrap } from '@/lib/api-client';
import { ifMatch } from '@/lib/etag';

import type {
  Advice,
  AssessmentStatus,
  ContactList,
  ConvenantView,
  FacilityList,
  Plan,
  PlanStep,
  PlanStepInput,
  SelfAssessment,
  SurveyResults,
} from '../types';

/** GET /api/v1/implementation/plan: the 14-step plan of the caller's own institution. */
export function getPlan(signal?: AbortSignal): Promise<Plan> {
  return unwrap(api.GET('/api/v1/implementation/plan', { signal }));
}

/** PUT a step's progress; `etag` guards against overwriting someone else's change (412). */
export function updatePlanStep(number: number, input: PlanStepInput, etag: string): Promise<PlanStep> {
  return unwrap(
    api.PUT('/api/v1/implementation/plan/steps/{number}', {
      params: { path: { number: String(number) }, header: ifMatch(etag) },
      body: input,
    }),
  );
}

export function getSelfAssessment(signal?: AbortSignal): Promise<SelfAssessment> {
  return unwrap(api.GET('/api/v1/implementation/advices', { signal }));
}

export function getSurveyResults(signal?: AbortSignal): Promise<SurveyResults> {
  return unwrap(api.GET('/api/v1/implementation/survey/results', { signal }));
}

/**
 * Loads the dashboard for the logged-in user (`subject`), again after `version` changes: cooperation (contacts) for
 * everyone, plan, self-assessment and survey results only for those who run the plan (`planner`).
 */
export function useInstitution(subject: string | undefined, version: number, planner: boolean) {
  const key = subject ? `${subject}/${version}` : null;
  const planKey = planner ? key : null;
  const plan = useAsync(planKey && `plan/${planKey}`, getPlan);
  const advices = useAsync(planKey && `advices/${planKey}`, getSelfAssessment);
  const survey = useAsync(planKey && `survey/${planKey}`, getSurveyResults);
  const cooperation = useAsync(key && `cooperation/${key}`, getCooperation);
  return { plan, advices, survey, cooperation };
}

/** PUT the institution's assessment of one advice (coordinators and beheerders). */
export function assessAdvice(code: string, status: AssessmentStatus, note?: string): Promise<Advice> {
  return unwrap(api.PUT('/api/v1/implementation/advices/{code}', { params: { path: { code } }, body: { status, note } }));
}

/** The convenant, or null when the institution has none yet (the API answers 204, no error). */
export async function getConvenant(signal?: AbortSignal): Promise<ConvenantView | null> {
  // 204 has no body: unwrap then gives undefined, whatever the 200 type says.
  const convenant: ConvenantView | undefined = await unwrap(api.GET('/api/v1/implementation/convenant', { signal }));
  return convenant ?? null;
}

export function getContacts(signal?: AbortSignal): Promise<ContactList> {
  return unwrap(api.GET('/api/v1/implementation/contacts', { signal }));
}

/** The institution's contact persons for the logged-in user (`subject`); nothing is loaded without one. */
export function useContacts(subject: string | undefined) {
  return useAsync(subject ? `contacts/${subject}` : null, getContacts);
}

export function getFacilities(signal?: AbortSignal): Promise<FacilityList> {
  return unwrap(api.GET('/api/v1/implementation/facilities', { signal }));
}

/** Convenant, contact persons and facilities together, for the dashboard. */
export async function getCooperation(signal?: AbortSignal) {
  const [convenant, contacts, facilities] = await Promise.all([getConvenant(signal), getContacts(signal), getFacilities(signal)]);
  return { convenant, contacts: contacts.items, facilities: facilities.items };
}
