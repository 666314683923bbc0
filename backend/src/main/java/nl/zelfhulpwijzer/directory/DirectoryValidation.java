package nl.zelfhulpwijzer.directory;

import static nl.zelfhulpwijzer.directory.InputText.notBlank;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import nl.zelfhulpwijzer.common.error.FieldError;
import nl.zelfhulpwijzer.common.error.InvalidInput;

/**
 * The field rules of write requests beyond Bean Validation, with Dutch messages. Bean Validation and these rules report
 * together, so a form can show every wrong field at once. Plain code: no database, no server.
 */
public final class DirectoryValidation {

    private DirectoryValidation() {
    }

    /** The Bean Validation errors of a request, sorted by field. */
    static List<FieldError> check(Validator validator, Object input) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<Object> violation : validator.validate(input)) {
            String path = violation.getPropertyPath().toString().replace(".<list element>", "");
            errors.add(new FieldError(path, violation.getMessage()));
        }
        errors.sort(Comparator.comparing(FieldError::field));
        return errors;
    }

    /** Whether a field, or a field inside it, already has an error. */
    static boolean has(List<FieldError> errors, String field) {
        return errors.stream().anyMatch(e -> e.field().equals(field) || e.field().startsWith(field + "."));
    }

    /** Every field error at once, when there are any. */
    static void failOn(List<FieldError> errors) {
        InvalidInput.failOn(errors);
    }

    /** Contact values fit their kind: a Dutch or Belgian phone number, an e-mail address, an https web address. */
    public static void validateContactPoints(OrganisationWrite input, List<FieldError> errors) {
        if (input.contactPoints() == null) {
            return;
        }
        for (int i = 0; i < input.contactPoints().size(); i++) {
            OrganisationWrite.ContactPointWrite c = input.contactPoints().get(i);
            if (c == null || c.kind() == null || c.value() == null || c.value().isBlank()) {
                continue;
            }
            String field = "contactPoints[" + i + "].value";
            String value = c.value().strip();
            switch (c.kind()) {
                case PHONE, HELPLINE -> {
                    if (!DutchFormats.isPhone(value)) {
                        errors.add(new FieldError(field, "Vul een Nederlands of Belgisch telefoonnummer in."));
                    }
                }
                case EMAIL -> {
                    if (!value.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                        errors.add(new FieldError(field, "Vul een geldig e-mailadres in."));
                    }
                }
                case WEBSITE -> {
                    if (!DutchFormats.isWebAddress(value)) {
                        errors.add(new FieldError(field, "Vul een webadres in dat begint met https://."));
                    }
                }
                default -> {
                }
            }
        }
    }

    /** Postcode per country, coordinates both or neither and inside the Benelux, an address unless approximate, phone, website. */
    public static void validateGroup(GroupWrite input, List<FieldError> errors) {
        LocationWrite l = input.location();
        if (l != null) {
            if (l.postcode() != null && !l.postcode().isBlank() && l.country() != null && !DutchFormats.isPostcode(l.postcode(), l.country())) {
                errors.add(new FieldError("location.postcode", l.country() == Country.BE
                        ? "Vul een Belgische postcode in van vier cijfers, bijvoorbeeld 9000."
                        : "Vul een Nederlandse postcode in als 1234 AB."));
            }
            if ((l.latitude() == null) != (l.longitude() == null)) {
                errors.add(new FieldError("location.longitude", "Vul breedte- en lengtegraad allebei in, of geen van beide."));
            } else if (l.latitude() != null && !DutchFormats.isInBenelux(l.latitude(), l.longitude())) {
                errors.add(new FieldError("location.latitude", "Deze coördinaten liggen niet in Nederland of België."));
            }
            if (!Boolean.TRUE.equals(l.approximate()) && (l.address() == null || l.address().isBlank())) {
                errors.add(new FieldError("location.address",
                        "Vul het adres in, of geef aan dat alleen de plaats bekend is (approximate)."));
            }
        }
        if (input.contactPhone() != null && !input.contactPhone().isBlank() && !DutchFormats.isPhone(input.contactPhone())) {
            errors.add(new FieldError("contactPhone", "Vul een Nederlands of Belgisch telefoonnummer in, bijvoorbeeld 030 123 45 67 of +32 9 123 45 67."));
        }
        if (input.website() != null && !input.website().isBlank() && !DutchFormats.isWebAddress(input.website())) {
            errors.add(new FieldError("website", "Vul een webadres in dat begint met https://."));
        }
    }

    /**
     * Week of the month only for monthly meetings, 15 minutes to 6 hours long, a named time zone, https conference link,
     * phone number; in person needs the group's precise address, and a meeting is in person, online or both.
     */
    public static void validateMeeting(MeetingWrite input, SelfHelpGroup group, List<FieldError> errors) {
        if (input.frequency() == Frequency.MONTHLY) {
            Integer week = input.weekOfMonth();
            if (week == null || !(week == -1 || (week >= 1 && week <= 4))) {
                errors.add(new FieldError("weekOfMonth", "Kies de week van de maand: 1 tot en met 4, of -1 voor de laatste."));
            }
        } else if (input.weekOfMonth() != null) {
            errors.add(new FieldError("weekOfMonth", "Vul de week van de maand alleen in bij een maandelijkse bijeenkomst."));
        }
        if (input.startTime() != null && input.endTime() != null && !has(errors, "startTime") && !has(errors, "endTime")) {
            LocalTime start = LocalTime.parse(input.startTime());
            LocalTime end = LocalTime.parse(input.endTime());
            long minutes = Duration.between(start, end).toMinutes();
            if (minutes <= 0) {
                minutes += 24 * 60;
            }
            if (minutes < 15 || minutes > 6 * 60) {
                errors.add(new FieldError("endTime", "De eindtijd moet 15 minuten tot 6 uur na de begintijd liggen."));
            }
        }
        if (input.timeZone() != null && !input.timeZone().isBlank()) {
            try {
                ZoneId zone = ZoneId.of(input.timeZone());
                if (!zone.getId().contains("/")) {
                    errors.add(new FieldError("timeZone", "Gebruik een tijdzone als Europe/Amsterdam."));
                }
            } catch (DateTimeException e) {
                errors.add(new FieldError("timeZone", "Onbekende tijdzone. Gebruik bijvoorbeeld Europe/Amsterdam of Europe/Brussels."));
            }
        }
        if (input.conferenceUrl() != null && !input.conferenceUrl().isBlank()
                && !(DutchFormats.isWebAddress(input.conferenceUrl()) && input.conferenceUrl().startsWith("https://"))) {
            errors.add(new FieldError("conferenceUrl", "Vul een vergaderlink in die begint met https://."));
        }
        if (input.conferencePhone() != null && !input.conferencePhone().isBlank() && !DutchFormats.isPhone(input.conferencePhone())) {
            errors.add(new FieldError("conferencePhone", "Vul een Nederlands of Belgisch inbelnummer in."));
        }
        if (input.day() == null || input.frequency() == null || input.startTime() == null || has(errors, "day")
                || has(errors, "startTime")) {
            return;
        }
        boolean inPerson = Boolean.TRUE.equals(input.inPerson());
        if (inPerson && (group.location == null || !group.location.isSpecific())) {
            errors.add(new FieldError("inPerson", "De groep heeft nog geen precies adres; vul eerst de plek van de groep in."));
        }
        boolean online = notBlank(input.conferenceUrl()) || notBlank(input.conferencePhone());
        if (!inPerson && !online && !Boolean.TRUE.equals(input.temporarilyClosed())) {
            errors.add(new FieldError("inPerson", "Een bijeenkomst is op locatie, online (link of inbelnummer) of allebei."));
        }
    }
}
