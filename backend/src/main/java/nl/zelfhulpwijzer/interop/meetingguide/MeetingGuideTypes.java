package nl.zelfhulpwijzer.interop.meetingguide;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Meeting Guide type codes (code4recovery/spec) with Dutch labels for our web client. Some codes are not stored as
 * types but as facts of the group or meeting (O/C, DD, X, TC, languages), so that search can filter on them.
 */
public final class MeetingGuideTypes {

    public static final Map<String, String> LABELS;

    static {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("O", "Open");
        labels.put("C", "Besloten");
        labels.put("BE", "Nieuwkomers");
        labels.put("D", "Discussie");
        labels.put("SP", "Spreker");
        labels.put("ST", "Stappenstudie");
        labels.put("B", "Boekbespreking");
        labels.put("M", "Mannen");
        labels.put("W", "Vrouwen");
        labels.put("Y", "Jongeren");
        labels.put("LGBTQ", "LHBTIQ+");
        labels.put("A", "Seculier");
        labels.put("X", "Toegankelijk met rolstoel");
        labels.put("DD", "Dubbele diagnose");
        labels.put("TC", "Tijdelijk gesloten");
        labels.put("EN", "Engelstalig");
        labels.put("FR", "Franstalig");
        LABELS = java.util.Collections.unmodifiableMap(labels);
    }

    /** Codes that are facts elsewhere in our model, not kept in the meeting's type list. */
    public static final Set<String> DERIVED = Set.of("O", "C", "DD", "X", "TC", "EN", "FR");

    private MeetingGuideTypes() {
    }
}
