import type { AdviceRequest } from '../api/create-advice';

/** What the wizard asks. Empty strings and undefined mean "not answered"; nothing is stored. */
export type WizardAnswers = {
  relation?: NonNullable<AdviceRequest['relation']>;
  behaviours: NonNullable<AdviceRequest['behaviours']>;
  country?: NonNullable<AdviceRequest['country']>;
  /** Where the client lives (place or postcode, NL/BE): groups nearby come first. */
  place: string;
  profession?: NonNullable<AdviceRequest['profession']>;
  riskSignals: NonNullable<AdviceRequest['riskSignals']>;
  abstinenceWish?: 'yes' | 'no';
  treatmentGoal?: NonNullable<AdviceRequest['treatmentGoal']>;
  stageOfChange?: NonNullable<AdviceRequest['stageOfChange']>;
  treatmentPhase?: NonNullable<AdviceRequest['treatmentPhase']>;
  treatmentSetting?: NonNullable<AdviceRequest['treatmentSetting']>;
  alcoholPrivileges: boolean;
  psychiatricSymptoms: NonNullable<AdviceRequest['psychiatricSymptoms']>;
  medication: NonNullable<AdviceRequest['medication']>;
  mildIntellectualDisability: boolean;
  network?: NonNullable<AdviceRequest['network']>;
  /** Age of whoever asks help: the client, or the relative (a relative under 18 gets Alateen first). */
  ageBand?: NonNullable<AdviceRequest['ageBand']>;
  /** Preferences: the language of the meetings, meetings for women only, the approach, online. */
  language?: string;
  womenOnly: boolean;
  approach?: NonNullable<AdviceRequest['approach']>;
  online: boolean;
  makelaarAvailable: boolean;
  characteristics: NonNullable<AdviceRequest['characteristics']>;
};

export const EMPTY_ANSWERS: WizardAnswers = {
  behaviours: [],
  place: '',
  riskSignals: [],
  alcoholPrivileges: false,
  psychiatricSymptoms: [],
  medication: [],
  mildIntellectualDisability: false,
  womenOnly: false,
  online: false,
  makelaarAvailable: false,
  characteristics: [],
};

/** The request body: only answered questions; the questions about the client only when the client asks. */
export function toRequest(a: WizardAnswers): AdviceRequest {
  const person = a.relation === 'PERSON';
  const request: AdviceRequest = {
    relation: a.relation ?? 'PERSON',
    behaviours: a.behaviours,
    riskSignals: a.riskSignals,
  };
  if (a.country) request.country = a.country;
  if (a.place.trim()) request.place = a.place.trim();
  if (a.profession) request.profession = a.profession;
  if (a.makelaarAvailable) request.makelaarAvailable = true;
  if (a.online) request.online = true;
  if (a.ageBand) request.ageBand = a.ageBand;
  if (a.language) request.language = a.language;
  if (a.womenOnly) request.womenOnly = true;
  if (a.approach) request.approach = a.approach;
  if (person) {
    if (a.abstinenceWish) request.abstinenceWish = a.abstinenceWish === 'yes';
    if (a.treatmentGoal) request.treatmentGoal = a.treatmentGoal;
    if (a.stageOfChange) request.stageOfChange = a.stageOfChange;
    if (a.treatmentPhase) request.treatmentPhase = a.treatmentPhase;
    if (a.treatmentSetting) request.treatmentSetting = a.treatmentSetting;
    if (a.alcoholPrivileges) request.alcoholPrivileges = true;
    if (a.psychiatricSymptoms.length) request.psychiatricSymptoms = a.psychiatricSymptoms;
    if (a.medication.length) request.medication = a.medication;
    if (a.mildIntellectualDisability) request.mildIntellectualDisability = true;
    if (a.network) request.network = a.network;
    if (a.characteristics.length) request.characteristics = a.characteristics;
  }
  return request;
}

/** Dutch messages for the questions that must be answered in a step, keyed by field. */
export function missingAnswers(step: number, a: WizardAnswers): Record<string, string> {
  const errors: Record<string, string> = {};
  if (step === 0 && !a.relation) errors.relation = 'Kies voor wie de hulp is.';
  if (step === 1 && a.behaviours.length === 0) errors.behaviours = 'Kies minstens één middel of gedrag.';
  return errors;
}

export function toggle<T>(list: readonly T[], value: T, on: boolean): T[] {
  return on ? (list.includes(value) ? [...list] : [...list, value]) : list.filter((v) => v !== value);
}
