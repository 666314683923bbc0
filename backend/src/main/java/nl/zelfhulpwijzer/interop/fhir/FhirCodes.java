package nl.zelfhulpwijzer.interop.fhir;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;

import nl.zelfhulpwijzer.interop.hsds.HsdsTaxonomy;
import nl.zelfhulpwijzer.interop.hsds.HsdsTaxonomy.Dimension;

/**
 * Our canonical URLs and code systems. The codes are the directory's own, with the Dutch names the HSDS door
 * publishes too ({@link HsdsTaxonomy}); each is a CodeSystem served at {@code /fhir/CodeSystem/{id}}.
 */
final class FhirCodes {

    static final String BASE = "https://zelfhulpwijzer.nl/fhir";
    static final String ORGANISATION_ID = BASE + "/sid/organisatie";
    static final String GROUP_ID = BASE + "/sid/groep";
    /** The client's pseudonym in the EPD: the only thing about the client a referral carries. */
    static final String CLIENT_REF = BASE + "/sid/clientreferentie";
    /** The institution (the token's {@code instelling}) that refers. */
    static final String INSTITUTION = BASE + "/sid/instelling";
    static final String LAST_VERIFIED = BASE + "/StructureDefinition/laatst-gecontroleerd";
    static final String WEBHOOK_SECRET = BASE + "/StructureDefinition/webhook-geheim";
    /** Our extensions: each defined in {@code /fhir/StructureDefinition-<id>.json}. */
    static final List<String> EXTENSIONS = List.of("laatst-gecontroleerd", "webhook-geheim");
    static final String DATA_LABEL_ID = "gegevenslabel";
    static final String DEMO = "voorbeeldgegevens";

    private FhirCodes() {
    }

    static String system(Dimension dimension) {
        return BASE + "/CodeSystem/" + dimension.key;
    }

    static CodeableConcept concept(Dimension dimension, String code) {
        HsdsTaxonomy.Term term = HsdsTaxonomy.term(dimension, code);
        return new CodeableConcept(new Coding(system(dimension), code, term == null ? null : term.name()));
    }

    /** The tag on every fictional record, so a harvester can leave demo data out. */
    static Coding demoTag() {
        return new Coding(BASE + "/CodeSystem/" + DATA_LABEL_ID, DEMO, "Voorbeeldgegevens (verzonnen, niet echt)");
    }

    static List<CodeSystem> codeSystems() {
        List<CodeSystem> systems = new ArrayList<>();
        for (Dimension dimension : Dimension.values()) {
            CodeSystem cs = codeSystem(dimension.key, dimension.label, dimension.description);
            HsdsTaxonomy.terms().stream().filter(t -> t.dimension() == dimension).forEach(t -> cs.addConcept()
                    .setCode(t.code()).setDisplay(t.name()).setDefinition(t.description()));
            systems.add(cs);
        }
        CodeSystem labels = codeSystem(DATA_LABEL_ID, "Gegevenslabel", "Labels op gegevens die niet echt zijn.");
        labels.addConcept().setCode(DEMO).setDisplay(demoTag().getDisplay())
                .setDefinition("Verzonnen groepen en bijeenkomsten om de Zelfhulpwijzer te laten zien; nooit echt.");
        systems.add(labels);
        systems.addAll(FhirReferralCodes.codeSystems());
        return systems;
    }

    static Optional<CodeSystem> codeSystem(String id) {
        return codeSystems().stream().filter(cs -> cs.getIdElement().getIdPart().equals(id)).findFirst();
    }

    static CodeSystem codeSystem(String id, String title, String description) {
        CodeSystem cs = new CodeSystem();
        cs.setId(id);
        cs.setUrl(BASE + "/CodeSystem/" + id);
        cs.setVersion(HsdsTaxonomy.VERSION);
        cs.setName(title.replaceAll("[^A-Za-z0-9]", ""));
        cs.setTitle(title);
        cs.setStatus(PublicationStatus.ACTIVE);
        cs.setPublisher("Zelfhulpwijzer");
        cs.setDescription(description);
        cs.setLanguage("nl");
        cs.setCaseSensitive(true);
        cs.setContent(CodeSystem.CodeSystemContentMode.COMPLETE);
        return cs;
    }
}
