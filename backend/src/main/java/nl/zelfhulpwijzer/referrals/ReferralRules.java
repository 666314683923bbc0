package nl.zelfhulpwijzer.referrals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import nl.zelfhulpwijzer.common.error.FieldError;

/** The rules for a referral's input and follow-up dates; plain, so they are tested without a server. */
public final class ReferralRules {

    public static final int MAX_NOTE_LENGTH = 1000;
    public static final int MAX_CONSENT_TOPICS_LENGTH = 500;
    public static final int MAX_EVALUATION_DATES = 12;
    /** Days between the first meeting and the nabespreking with the care worker. */
    static final int NABESPREKING_AFTER_DAYS = 7;
    /** Without a known first meeting the nabespreking is planned this many days after the referral. */
    static final int NABESPREKING_DEFAULT_DAYS = 14;

    /** An opaque pseudonym from the EPD: letters, digits and . _ : - (4–64), not a bare number like a BSN. */
    private static final Pattern CLIENT_REF = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{3,63}");
    private static final Pattern ONLY_DIGITS = Pattern.compile("\\d+");

    private ReferralRules() {
    }

    public static List<FieldError> check(ReferralInput input) {
        List<FieldError> errors = new ArrayList<>();
        checkClientRef(input.clientRef(), errors);
        if (input.organisationId() == null || input.organisationId().isBlank()) {
            errors.add(new FieldError("organisationId", "Kies de organisatie waarnaar u verwijst."));
        }
        required(input.level(), "level", "Kies het niveau: voorlichting, verwijzing of integratie.", errors);
        required(input.treatmentPhase(), "treatmentPhase", "Kies de fase van de behandeling.", errors);
        required(input.route(), "route", "Kies de route: direct, via de contactpersoon of via de makelaar.", errors);
        maxLength(input.note(), MAX_NOTE_LENGTH, "note", errors);
        maxLength(input.consentTopics(), MAX_CONSENT_TOPICS_LENGTH, "consentTopics", errors);
        if (input.consentFrom() == null && (input.consentTopics() != null || input.consentUntil() != null)) {
            errors.add(new FieldError("consentFrom", "Zeg aan wie de vragen gesteld mogen worden: de cliënt of de contactpersoon van de groep."));
        }
        if (input.consentFrom() != null && (input.consentTopics() == null || input.consentTopics().isBlank())) {
            errors.add(new FieldError("consentTopics", "Schrijf op wat er gevraagd mag worden."));
        }
        if (input.evaluationDates() != null && input.evaluationDates().size() > MAX_EVALUATION_DATES) {
            errors.add(new FieldError("evaluationDates", "Geef hoogstens " + MAX_EVALUATION_DATES + " evaluatiedata."));
        }
        return errors;
    }

    static void checkClientRef(String clientRef, List<FieldError> errors) {
        if (clientRef == null || clientRef.isBlank()) {
            errors.add(new FieldError("clientRef", "Geef de cliëntreferentie (pseudoniem) uit het EPD."));
        } else if (!CLIENT_REF.matcher(clientRef).matches() || ONLY_DIGITS.matcher(clientRef).matches()) {
            errors.add(new FieldError("clientRef", "Een cliëntreferentie is een pseudoniem van 4 tot 64 letters, cijfers en . _ : - "
                    + "en geen los nummer (zoals een BSN)."));
        }
    }

    public static List<FieldError> check(OutcomeInput outcome) {
        List<FieldError> errors = new ArrayList<>();
        required(outcome.firstMeeting(), "firstMeeting", "Zeg of de cliënt naar een eerste bijeenkomst ging.", errors);
        if (outcome.meetingsAttended() != null && (outcome.meetingsAttended() < 0 || outcome.meetingsAttended() > 999)) {
            errors.add(new FieldError("meetingsAttended", "Geef een aantal van 0 tot 999."));
        }
        if (outcome.firstMeeting() != FirstMeeting.YES && outcome.meetingsAttended() != null && outcome.meetingsAttended() > 0) {
            errors.add(new FieldError("meetingsAttended", "Er zijn geen bijeenkomsten bezocht als de cliënt nog niet is geweest."));
        }
        return errors;
    }

    /**
     * The next follow-up date: the nabespreking (a week after the first meeting, or two weeks after the referral
     * when that is not known) while the first meeting is not known to have happened or not; after that the next
     * care-plan evaluation on or after {@code today}; null when nothing is left to plan.
     */
    public static LocalDate followUpDue(Referral referral, LocalDate createdOn, LocalDate today) {
        if (referral.status.isFinal()) {
            return null;
        }
        if (referral.firstMeeting == null || referral.firstMeeting == FirstMeeting.NOT_YET) {
            return referral.firstMeetingOn != null ? referral.firstMeetingOn.plusDays(NABESPREKING_AFTER_DAYS)
                    : createdOn.plusDays(NABESPREKING_DEFAULT_DAYS);
        }
        return Arrays.stream(referral.evaluationDates).filter(d -> !d.isBefore(today))
                .min(Comparator.naturalOrder()).orElse(null);
    }

    private static void required(Object value, String field, String message, List<FieldError> errors) {
        if (value == null) {
            errors.add(new FieldError(field, message));
        }
    }

    private static void maxLength(String value, int max, String field, List<FieldError> errors) {
        if (value != null && value.length() > max) {
            errors.add(new FieldError(field, "Gebruik hoogstens " + max + " tekens (nu " + value.length() + ")."));
        }
    }
}
