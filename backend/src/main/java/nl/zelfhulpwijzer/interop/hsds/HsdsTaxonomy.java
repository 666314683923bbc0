package nl.zelfhulpwijzer.interop.hsds;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.zelfhulpwijzer.directory.Approach;
import nl.zelfhulpwijzer.directory.Audience;
import nl.zelfhulpwijzer.directory.Behaviour;
import nl.zelfhulpwijzer.directory.OrganisationKind;

/**
 * Our own code lists as HSDS 3.0 taxonomies with Dutch terms: audience (doelgroep), behaviour (verslaving), approach
 * (werkwijze) and organisation kind (soort aanbod). The codes are the API's stable codes; names as the web client
 * shows them. Ids are stable name-based UUIDs, like every HSDS id here.
 */
public final class HsdsTaxonomy {

    /** Which column of our model a taxonomy describes. */
    public enum Dimension {
        AUDIENCE("doelgroep", "Doelgroep", "Voor wie een groep of organisatie is: de persoon met een verslaving of iemand om hem of haar heen."),
        BEHAVIOUR("verslaving", "Middel of gedrag", "Het middel of gedrag waar een groep of organisatie over gaat."),
        APPROACH("werkwijze", "Werkwijze", "Hoe een zelfhulpgroep werkt: met 12 stappen, niet-religieus of rond een thema."),
        KIND("soort-aanbod", "Soort aanbod", "Wat voor organisatie het is: zelfhulpgroep, groep voor naasten, steunpunt en meer.");

        public final String key;
        public final String label;
        public final String description;

        Dimension(String key, String label, String description) {
            this.key = key;
            this.label = label;
            this.description = description;
        }

        public String id() {
            return HsdsMapper.uuid("taxonomy", key);
        }
    }

    public record Term(Dimension dimension, String code, String name, String description) {

        public String id() {
            return HsdsMapper.uuid("taxonomy-term", dimension.key + ":" + code);
        }
    }

    public static final String VERSION = "1";

    private static final Map<String, Term> TERMS;

    static {
        Map<String, Term> terms = new LinkedHashMap<>();
        add(terms, Dimension.AUDIENCE, Audience.PERSON.name(), "Persoon met een verslaving", "Voor wie zelf verslaafd is of was.");
        add(terms, Dimension.AUDIENCE, Audience.PARTNER.name(), "Partner", "Voor de partner van iemand met een verslaving.");
        add(terms, Dimension.AUDIENCE, Audience.PARENT.name(), "Ouder", "Voor ouders van een kind met een verslaving.");
        add(terms, Dimension.AUDIENCE, Audience.CHILD.name(), "Kind", "Voor kinderen van iemand met een verslaving.");
        add(terms, Dimension.AUDIENCE, Audience.RELATIVE.name(), "Familielid of naaste",
                "Voor familie, vrienden en anderen die dicht bij iemand met een verslaving staan.");
        add(terms, Dimension.AUDIENCE, Audience.COLLEAGUE.name(), "Collega", "Voor collega's van iemand met een verslaving.");
        add(terms, Dimension.AUDIENCE, Audience.PROFESSIONAL.name(), "Hulpverlener", "Voor hulpverleners en andere professionals.");
        add(terms, Dimension.BEHAVIOUR, Behaviour.ALCOHOL.name(), "Alcohol", "Over alcohol.");
        add(terms, Dimension.BEHAVIOUR, Behaviour.DRUGS.name(), "Drugs", "Over drugs.");
        add(terms, Dimension.BEHAVIOUR, Behaviour.GAMBLING.name(), "Gokken", "Over gokken.");
        add(terms, Dimension.BEHAVIOUR, Behaviour.MEDICATION.name(), "Medicijnen", "Over medicijnen.");
        add(terms, Dimension.BEHAVIOUR, Behaviour.EATING.name(), "Eten", "Over eten.");
        add(terms, Dimension.BEHAVIOUR, Behaviour.OTHER.name(), "Overig", "Over ander gedrag.");
        add(terms, Dimension.APPROACH, Approach.TWELVE_STEP.name(), "12-stappen", "De groep werkt met het 12-stappenprogramma.");
        add(terms, Dimension.APPROACH, Approach.SECULAR.name(), "Niet-religieus (seculier)", "De groep werkt zonder religieuze of spirituele basis.");
        add(terms, Dimension.APPROACH, Approach.THEME_BASED.name(), "Themagericht", "De groep praat over een thema per bijeenkomst.");
        add(terms, Dimension.APPROACH, Approach.NOT_APPLICABLE.name(), "Niet van toepassing", "Het aanbod is geen groep met een vaste werkwijze.");
        add(terms, Dimension.KIND, OrganisationKind.SELF_HELP_FELLOWSHIP.name(), "Zelfhulpgroep",
                "Een vereniging van zelfhulpgroepen voor mensen met een verslaving.");
        add(terms, Dimension.KIND, OrganisationKind.FAMILY_GROUP.name(), "Groep voor naasten",
                "Zelfhulpgroepen voor partners, familie en vrienden.");
        add(terms, Dimension.KIND, OrganisationKind.SUPPORT_POINT.name(), "Steunpunt zelfhulp",
                "Een steunpunt dat mensen helpt een zelfhulpgroep te vinden of te starten.");
        add(terms, Dimension.KIND, OrganisationKind.KNOWLEDGE_CENTRE.name(), "Kenniscentrum", "Een organisatie die kennis over verslaving deelt.");
        add(terms, Dimension.KIND, OrganisationKind.ONLINE_HELP.name(), "Online hulp", "Hulp en lotgenotencontact via internet.");
        add(terms, Dimension.KIND, OrganisationKind.PROFESSIONAL_PROGRAMME.name(), "Programma voor professionals",
                "Een programma voor hulpverleners, zoals intervisie.");
        TERMS = Collections.unmodifiableMap(terms);
    }

    private HsdsTaxonomy() {
    }

    private static void add(Map<String, Term> terms, Dimension dimension, String code, String name, String description) {
        Term term = new Term(dimension, code, name, description);
        terms.put(term.id(), term);
    }

    public static List<Term> terms() {
        return List.copyOf(TERMS.values());
    }

    public static Optional<Term> term(String id) {
        return Optional.ofNullable(id == null ? null : TERMS.get(id.trim().toLowerCase()));
    }

    public static Term term(Dimension dimension, String code) {
        return TERMS.get(HsdsMapper.uuid("taxonomy-term", dimension.key + ":" + code));
    }

    public static Optional<Dimension> taxonomy(String id) {
        for (Dimension d : Dimension.values()) {
            if (d.id().equalsIgnoreCase(id == null ? "" : id.trim())) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    public static HsdsModel.Taxonomy taxonomy(Dimension d) {
        return new HsdsModel.Taxonomy(d.id(), d.label, d.description, null, VERSION);
    }

    public static HsdsModel.TaxonomyTerm taxonomyTerm(Term t) {
        return new HsdsModel.TaxonomyTerm(t.id(), t.code(), t.name(), t.description(), null, t.dimension().label, "nl",
                t.dimension().id(), taxonomy(t.dimension()));
    }

    /** The terms that describe something, as HSDS attributes linked to it (link_entity service or organization). */
    public static List<HsdsModel.Attribute> attributes(String linkEntity, String linkId, Map<Dimension, List<String>> codes) {
        List<HsdsModel.Attribute> attributes = new ArrayList<>();
        codes.forEach((dimension, list) -> list.stream().distinct().forEach(code -> {
            Term term = term(dimension, code);
            if (term != null) {
                attributes.add(new HsdsModel.Attribute(HsdsMapper.uuid("attribute", linkEntity + ":" + linkId + ":" + term.id()),
                        linkId, term.id(), dimension.key, linkEntity, term.code(), taxonomyTerm(term)));
            }
        }));
        return attributes;
    }
}
