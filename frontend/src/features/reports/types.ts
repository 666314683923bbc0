import type { components } from '@/types/api';

export type ReferralReport = components['schemas']['ReferralReport'];
export type ReportIndicator = components['schemas']['ReportIndicator'];
export type ReportCell = components['schemas']['ReportCell'];
export type ReportDays = components['schemas']['ReportDays'];
export type ReportDimension = components['schemas']['ReportDimension'];
export type SurveyComparison = components['schemas']['SurveyComparison'];

/** A period as the filter holds it: ISO dates, empty for the server's default (the last 12 months). */
export type Period = { from: string; to: string };
