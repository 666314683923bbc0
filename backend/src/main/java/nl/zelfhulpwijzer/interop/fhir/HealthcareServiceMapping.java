package nl.zelfhulpwijzer.interop.fhir;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ContactPoint.ContactPointSystem;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.HealthcareService;
import org.hl7.fhir.r4.model.HealthcareService.DaysOfWeek;
import org.hl7.fhir.r4.model.Reference;

import nl.zelfhulpwijzer.directory.DirectoryHarvest;
import nl.zelfhulpwijzer.directory.Frequency;
import nl.zelfhulpwijzer.directory.Meeting;
import nl.zelfhulpwijzer.directory.SelfHelpGroup;
import nl.zelfhulpwijzer.interop.hsds.HsdsTaxonomy.Dimension;

/**
 * A self-help group as an mCSD HealthcareService: kind as category, substance or behaviour and approach as type,
 * audiences as eligibility, weekly meetings as availableTime, monthly ones in words (FHIR has no week of the month).
 */
final class HealthcareServiceMapping {

    static final String REFERRAL_METHOD = "http://terminology.hl7.org/CodeSystem/service-referral-method";
    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private HealthcareServiceMapping() {
    }

    static HealthcareService of(SelfHelpGroup g) {
        HealthcareService hs = new HealthcareService();
        hs.setId(FhirIds.of(g.slug));
        hs.setMeta(FhirMeta.of(g.version, DirectoryHarvest.changedAt(g), g.demo));
        hs.addIdentifier().setSystem(FhirCodes.GROUP_ID).setValue(g.slug);
        hs.setActive(DirectoryHarvest.active(g));
        hs.setProvidedBy(new Reference("Organization/" + FhirIds.of(g.organisation.id)));
        hs.addCategory(FhirCodes.concept(Dimension.KIND, g.organisation.kind.name()));
        for (String behaviour : g.behaviours) {
            hs.addType(FhirCodes.concept(Dimension.BEHAVIOUR, behaviour));
        }
        hs.addType(FhirCodes.concept(Dimension.APPROACH, g.organisation.approach.name()));
        locationIds(g).forEach(id -> hs.addLocation(new Reference("Location/" + id)));
        LocationMapping.online(g).ifPresent(online -> {
            hs.addContained(online);
            hs.addLocation(new Reference("#" + online.getIdElement().getIdPart()));
        });
        hs.setName(g.name);
        if (g.notes != null && !g.notes.isBlank()) {
            hs.setComment(g.notes);
        }
        telecom(g, hs);
        for (String audience : g.audiences) {
            hs.addEligibility().setCode(FhirCodes.concept(Dimension.AUDIENCE, audience))
                    .setComment(g.open ? "Open bijeenkomst: iedereen is welkom." : "Besloten bijeenkomst: alleen voor wie het bedoeld is.");
        }
        for (String language : g.languages) {
            hs.addCommunication(new CodeableConcept(new Coding("urn:ietf:bcp:47", language, null)));
        }
        if (g.contactPhone != null && !g.contactPhone.isBlank()) {
            hs.addReferralMethod(new CodeableConcept(new Coding(REFERRAL_METHOD, "phone", "Phone")));
        }
        hs.setAppointmentRequired(false);
        availability(g, hs);
        if (g.verifiedAt != null) {
            hs.addExtension(FhirCodes.LAST_VERIFIED, new DateTimeType(Date.from(g.verifiedAt)));
        }
        return hs;
    }

    /** The group's own place first, then the places of its meetings. */
    static Set<Long> locationIds(SelfHelpGroup g) {
        Set<Long> ids = new LinkedHashSet<>();
        if (g.location != null) {
            ids.add(g.location.id);
        }
        g.meetings.stream().filter(m -> m.location != null).forEach(m -> ids.add(m.location.id));
        return ids;
    }

    private static void telecom(SelfHelpGroup g, HealthcareService hs) {
        if (g.contactPhone != null && !g.contactPhone.isBlank()) {
            hs.addTelecom().setSystem(ContactPointSystem.PHONE).setValue(g.contactPhone);
        }
        if (g.contactEmail != null && !g.contactEmail.isBlank()) {
            hs.addTelecom().setSystem(ContactPointSystem.EMAIL).setValue(g.contactEmail);
        }
        if (g.website != null && !g.website.isBlank()) {
            hs.addTelecom().setSystem(ContactPointSystem.URL).setValue(g.website);
        }
    }

    private static void availability(SelfHelpGroup g, HealthcareService hs) {
        List<String> monthly = new ArrayList<>();
        for (Meeting m : g.meetings) {
            if (m.temporarilyClosed) {
                continue;
            }
            if (m.frequency == Frequency.MONTHLY) {
                monthly.add(monthly(m));
                continue;
            }
            HealthcareService.HealthcareServiceAvailableTimeComponent time = hs.addAvailableTime();
            time.addDaysOfWeek(DaysOfWeek.values()[m.dayOfWeek - 1]);
            time.setAvailableStartTime(clock(m.startTime));
            if (m.endTime != null) {
                time.setAvailableEndTime(clock(m.endTime));
            }
        }
        if (!monthly.isEmpty()) {
            hs.setAvailabilityExceptions(String.join("; ", monthly) + ".");
        }
    }

    /** "Elke 2e maandag van de maand om 19:30", "Elke laatste vrijdag van de maand om 20:00". */
    static String monthly(Meeting m) {
        String which = m.weekOfMonth == null || m.weekOfMonth < 0 ? "laatste" : m.weekOfMonth + "e";
        return "Elke " + which + " " + DayOfWeek.of(m.dayOfWeek).getDisplayName(TextStyle.FULL, DUTCH)
                + " van de maand om " + m.startTime.toString().substring(0, 5);
    }

    private static String clock(LocalTime time) {
        return String.format("%02d:%02d:00", time.getHour(), time.getMinute());
    }
}
