package nl.zelfhulpwijzer.interop.fhir;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;

import nl.zelfhulpwijzer.advice.Route;
import nl.zelfhulpwijzer.advice.TreatmentPhase;
import nl.zelfhulpwijzer.pathways.IntegrationLevel;
import nl.zelfhulpwijzer.referrals.FirstMeeting;
import nl.zelfhulpwijzer.referrals.NotForMeReason;

/**
 * The referral's own values as FHIR codes: each enum of the referrals domain is a CodeSystem of ours (code = the
 * enum's name in lower case with hyphens) with Dutch displays, served at {@code /fhir/CodeSystem/{id}}.
 */
final class FhirReferralCodes {

    /** One of our code systems made from an enum, with the Dutch display of each value. */
    record EnumCodes<E extends Enum<E>>(String id, String title, Class<E> type, Map<E, String> displays) {

        String system() {
            return FhirCodes.BASE + "/CodeSystem/" + id;
        }

        Coding coding(E value) {
            return new Coding(system(), code(value), displays.get(value));
        }

        CodeableConcept concept(E value) {
            return new CodeableConcept(coding(value));
        }

        /** The value of the first coding in this system; empty when there is none or its code is unknown. */
        Optional<E> from(List<Coding> codings) {
            return codings.stream().filter(c -> system().equals(c.getSystem())).findFirst()
                    .flatMap(c -> displays.keySet().stream().filter(v -> code(v).equals(c.getCode())).findFirst());
        }

        CodeSystem codeSystem() {
            CodeSystem cs = FhirCodes.codeSystem(id, title, title + " van een verwijzing.");
            displays.forEach((value, display) -> cs.addConcept().setCode(code(value)).setDisplay(display));
            return cs;
        }

        private static String code(Enum<?> value) {
            return value.name().toLowerCase().replace('_', '-');
        }
    }

    static final EnumCodes<IntegrationLevel> LEVEL = new EnumCodes<>("integratieniveau", "Niveau van integratie",
            IntegrationLevel.class, displays(IntegrationLevel.class, "Voorlichting", "Verwijzing", "Integratie"));

    static final EnumCodes<TreatmentPhase> PHASE = new EnumCodes<>("behandelfase", "Fase van de behandeling",
            TreatmentPhase.class, displays(TreatmentPhase.class, "Geen behandeling", "Aanmelding", "Wachtlijst", "Intake",
                    "Indicatie", "Behandeling", "Casemanagement", "Nazorg", "Behandeling afgerond"));

    static final EnumCodes<Route> ROUTE = new EnumCodes<>("verwijsroute", "Route van de verwijzing", Route.class,
            displays(Route.class, "Direct: de cliënt gaat zelf", "Via de contactpersoon van de groep", "Via de makelaar"));

    static final EnumCodes<FirstMeeting> FIRST_MEETING = new EnumCodes<>("eerste-bijeenkomst", "Eerste bijeenkomst",
            FirstMeeting.class, displays(FirstMeeting.class, "Ja, geweest", "Nog niet", "Nee, niet gegaan"));

    static final EnumCodes<NotForMeReason> NOT_FOR_ME = new EnumCodes<>("past-niet-reden", "Waarom de groep niet past",
            NotForMeReason.class, displays(NotForMeReason.class, "Tijd of plaats", "Werkwijze van de groep",
                    "Nog niet klaar voor", "Liever andere hulp", "Iets anders"));

    /** The parts of the outcome in {@code Task.output}. */
    enum OutputPart {
        FIRST_MEETING, MEETINGS_ATTENDED, NOT_FOR_ME_REASON, CONTINUES
    }

    static final EnumCodes<OutputPart> OUTPUT = new EnumCodes<>("uitkomst", "Uitkomst", OutputPart.class,
            displays(OutputPart.class, "Naar een eerste bijeenkomst geweest", "Aantal bezochte bijeenkomsten",
                    "Waarom de groep niet past", "Gaat door met de groep"));

    private FhirReferralCodes() {
    }

    static List<CodeSystem> codeSystems() {
        return List.of(LEVEL.codeSystem(), PHASE.codeSystem(), ROUTE.codeSystem(), FIRST_MEETING.codeSystem(),
                NOT_FOR_ME.codeSystem(), OUTPUT.codeSystem());
    }

    private static <E extends Enum<E>> Map<E, String> displays(Class<E> type, String... displays) {
        E[] values = type.getEnumConstants();
        if (values.length != displays.length) {
            throw new IllegalStateException("one display per value of " + type.getSimpleName());
        }
        Map<E, String> map = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            map.put(values[i], displays[i]);
        }
        return map;
    }
}
