/**
 * Evaluation reports of one institution (never across institutions): indicators over its referrals, read through
 * the referrals feature's published {@link nl.zelfhulpwijzer.referrals.ReferralIndicators} (counts the database keeps per day), and the
 * Bijlage 4 staff survey, baseline beside follow-up, through implementation's
 * {@link nl.zelfhulpwijzer.implementation.SurveyService}. {@link nl.zelfhulpwijzer.reports.Suppression} is the
 * small-number rule: no count below five, and none that can be worked out from the totals. Reports hold counts only,
 * so reading them is not audited per referral.
 */
package nl.zelfhulpwijzer.reports;
