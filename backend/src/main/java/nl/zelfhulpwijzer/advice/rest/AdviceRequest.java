package nl.zelfhulpwijzer.advice.rest;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnySetter;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.zelfhulpwijzer.advice.AgeBand;
import nl.zelfhulpwijzer.advice.Characteristic;
import nl.zelfhulpwijzer.advice.Medication;
import nl.zelfhulpwijzer.advice.NetworkQuality;
import nl.zelfhulpwijzer.advice.Profession;
import nl.zelfhulpwijzer.advice.PsychiatricSymptom;
import nl.zelfhulpwijzer.advice.RiskSignal;
import nl.zelfhulpwijzer.advice.StageOfChange;
import nl.zelfhulpwijzer.advice.Substance;
import nl.zelfhulpwijzer.advice.TreatmentGoal;
import nl.zelfhulpwijzer.advice.TreatmentPhase;
import nl.zelfhulpwijzer.advice.TreatmentSetting;
import nl.zelfhulpwijzer.directory.Behaviour;
import nl.zelfhulpwijzer.directory.Country;

/**
 * The anonymous client profile of an advice request. Codes are read as text so that a wrong code gets a Dutch field
 * error (422) instead of an unreadable-JSON answer. A field the profile does not know is refused (422 naming it), so
 * that a name, BSN or birth date can never slip in. Nothing of this request is stored.
 */
@Schema(name = "AdviceRequest", description = "Anonieme beschrijving van de situatie. Wordt niet opgeslagen.")
public record AdviceRequest(
        @NotNull(message = "Kies wie hulp vraagt.")
        @Schema(required = true, description = "Wie vraagt hulp: de persoon met de verslaving zelf (PERSON) of iemand om hem heen.",
                enumeration = { "PERSON", "PARTNER", "PARENT", "CHILD", "RELATIVE", "COLLEAGUE" })
        String relation,

        @Size(max = 6, message = "Kies hoogstens 6 middelen of gedragingen.")
        @Schema(type = SchemaType.ARRAY, implementation = Behaviour.class,
                description = "Middelen en gedrag. Verplicht als er geen middel (substances) is gekozen.")
        List<String> behaviours,

        @Size(max = 7, message = "Kies hoogstens 7 middelen.")
        @Schema(type = SchemaType.ARRAY, implementation = Substance.class,
                description = "De middelen (004). Stoppen met alcohol, GHB of benzodiazepines geeft een risicosignaal.")
        List<String> substances,

        @Schema(implementation = TreatmentGoal.class, description = "Doel van de huidige behandeling.") String treatmentGoal,
        @Schema(description = "Wil de persoon helemaal stoppen? Leeg = onbekend.") Boolean abstinenceWish,
        @Schema(implementation = StageOfChange.class, description = "Fase van verandering.") String stageOfChange,
        @Schema(implementation = TreatmentPhase.class, description = "Waar de persoon is in de zorg.") String treatmentPhase,
        @Schema(implementation = TreatmentSetting.class, description = "Waar de behandeling plaatsvindt.") String treatmentSetting,
        @Schema(description = "Heeft de persoon tijdens de behandeling ‘alcoholprivileges’?") Boolean alcoholPrivileges,

        @Size(max = 3, message = "Kies hoogstens 3 ernstige psychische klachten.")
        @Schema(type = SchemaType.ARRAY, implementation = PsychiatricSymptom.class, description = "Zeer ernstige psychische klachten.") List<String> psychiatricSymptoms,

        @Size(max = 3, message = "Kies hoogstens 3 soorten medicijnen.")
        @Schema(type = SchemaType.ARRAY, implementation = Medication.class, description = "Medicijnen op voorschrift.")
        List<String> medication,

        @Schema(description = "Heeft de persoon een licht verstandelijke beperking?") Boolean mildIntellectualDisability,
        @Schema(implementation = NetworkQuality.class, description = "Het sociale netwerk van de persoon.") String network,
        @Schema(implementation = AgeBand.class, description = "Leeftijdsgroep van wie hulp vraagt: de persoon zelf of de naaste. "
                + "Een naaste jonger dan 18 krijgt Alateen als voorkeur.") String ageBand,

        @Pattern(regexp = "[a-z]{2}", message = "Vul een taalcode van 2 kleine letters in, zoals nl.")
        @Schema(description = "Voorkeur voor de taal van de bijeenkomsten (ISO 639-1), zoals nl.", example = "nl") String language,

        @Schema(implementation = Country.class, description = "Land waar de persoon hulp zoekt.") String country,

        @Size(max = 100, message = "Vul hoogstens 100 tekens in.")
        @Schema(description = "Plaats of postcode waar de persoon hulp zoekt (\"Zeist\", \"3511 AB\", \"1000 Brussel\"), zoals "
                + "GET /api/v1/places die kent. Geeft de afstand tot groepen en de lokale groepen; zonder plaats geen lokale groepen. "
                + "Een onbekende plaats geeft 422.", example = "Utrecht") String place,

        @DecimalMin(value = "-90", message = "Vul een breedtegraad tussen -90 en 90 in.")
        @DecimalMax(value = "90", message = "Vul een breedtegraad tussen -90 en 90 in.")
        @Schema(description = "Breedtegraad van de plek waar de persoon hulp zoekt (samen met longitude; gaat voor place).")
        Double latitude,

        @DecimalMin(value = "-180", message = "Vul een lengtegraad tussen -180 en 180 in.")
        @DecimalMax(value = "180", message = "Vul een lengtegraad tussen -180 en 180 in.")
        @Schema(description = "Lengtegraad (samen met latitude).") Double longitude,

        @Schema(description = "Voorkeur voor online hulp.") Boolean online,
        @Schema(description = "Voorkeur voor bijeenkomsten alleen voor vrouwen (Meeting Guide-code W).") Boolean womenOnly,
        @Schema(description = "Voorkeur voor een aanpak: TWELVE_STEP (12 stappen) of SECULAR (niet religieus).",
                enumeration = { "TWELVE_STEP", "SECULAR" }) String approach,
        @Schema(description = "Komen er zelfhulpgroepen samen in de instelling waar de cliënt verblijft?") Boolean groupsInInstitution,
        @Schema(implementation = Profession.class, description = "Beroep, als er een apart aanbod is (artsen).") String profession,
        @Schema(description = "Heeft de instelling een makelaar of support worker voor zelfhulp?") Boolean makelaarAvailable,

        @Size(max = 21, message = "Kies hoogstens 21 kenmerken.")
        @Schema(type = SchemaType.ARRAY, implementation = Characteristic.class, description = "Kenmerken uit de verwijscriteria.")
        List<String> characteristics,

        @Size(max = 10, message = "Kies hoogstens 10 risicosignalen.")
        @Schema(type = SchemaType.ARRAY, implementation = RiskSignal.class, description = "Risicosignalen.")
        List<String> riskSignals,

        /** Fields the profile does not know: collected only to be refused, never read. */
        @JsonAnySetter @Schema(hidden = true) Map<String, Object> unknownFields) {
}
