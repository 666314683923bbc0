import type { components } from '@/types/api';

type Schemas = components['schemas'];

export type Referral = Schemas['Referral'];
export type ReferralCreate = Schemas['ReferralCreate'];
export type ReferralStatus = Schemas['ReferralStatus'];
export type ReferralOutcome = Schemas['ReferralOutcome'];
export type AdviceSnapshot = Schemas['AdviceSnapshot'];
export type IntegrationLevel = Schemas['IntegrationLevel'];
export type TreatmentPhase = Schemas['TreatmentPhase1'];
export type ReferralRoute = Schemas['Route'];
export type ConsentFrom = Schemas['ConsentFrom'];
export type FirstMeeting = Schemas['FirstMeeting'];
export type NotForMeReason = Schemas['NotForMeReason'];
export type WorklistItem = Schemas['WorklistItem'];
export type WorklistReason = Schemas['WorklistReason'];
export type CheckinLink = Schemas['CheckinLink'];
export type CheckinQuestion = Schemas['CheckinQuestion'];
export type CheckinAnswer = Schemas['CheckinAnswer'];
export type WebhookDelivery = Schemas['WebhookDelivery'];

/** What the advice hands to a new referral: the target and the advice it came from. */
export type ReferralPrefill = {
  organisationId: string;
  organisationName: string;
  groupSlug?: string;
  level?: IntegrationLevel;
  route?: ReferralRoute;
  adviceSnapshot?: AdviceSnapshot;
};
