package nl.zelfhulpwijzer.sheets;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.zelfhulpwijzer.directory.ContactKind;
import nl.zelfhulpwijzer.directory.ContactPoint;
import nl.zelfhulpwijzer.directory.ContactRole;
import nl.zelfhulpwijzer.directory.Organisation;
import nl.zelfhulpwijzer.directory.SelfHelpGroup;
import nl.zelfhulpwijzer.sheets.Icons.Icon;

/**
 * The sheets about one group or organisation, after the handbook's checklist for information about a group (002, §2
 * "Inhoud"): principles, aim and benefit, programme, how to make contact, where, when and whom to ask. Plain rules:
 * data and versioned texts in, a {@link Sheet} out.
 */
final class GroupSheets {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private final Map<String, String> texts;
    private final Instant now;
    private final Period reverifyAfter;

    GroupSheets(Map<String, String> texts, Instant now, Period reverifyAfter) {
        this.texts = texts;
        this.now = now;
        this.reverifyAfter = reverifyAfter;
    }

    Sheet group(SelfHelpGroup group) {
        Xhtml x = new Xhtml().element("h1", group.name).element("p", "Van " + group.organisation.name + ".");
        checked(x, group);
        x.element("p", texts.get("group.intro"));
        if (group.organisation.description != null) {
            x.element("h2", "Wat doet de groep?").element("p", group.organisation.description);
        }
        if (group.notes != null) {
            x.element("h2", "Hoe gaat een bijeenkomst?").element("p", group.notes);
        }
        x.element("h2", "Waar en wanneer?").list(group.meetings.stream()
                .map(m -> MeetingTexts.schedule(m) + ". " + MeetingTexts.place(m) + (m.temporarilyClosed ? " (tijdelijk gesloten)" : ""))
                .toList());
        List<String> next = MeetingTexts.nextDates(group, now, 4);
        if (!next.isEmpty()) {
            x.element("h2", "De volgende bijeenkomsten").list(next);
        }
        x.element("h2", "Contact").list(contact(group));
        return new Sheet(group.name + " – informatie", Sheet.Layout.STANDARD, x.toString());
    }

    /** The easy-read variant (003 style): one idea per line, pictograms, large type, the SOS card. */
    Sheet easyRead(SelfHelpGroup group) {
        Xhtml x = new Xhtml().element("h1", group.name).lines(texts.get("easy.intro"), null);
        row(x, Icon.WHEN, texts.get("easy.when"), MeetingTexts.nextDates(group, now, 2));
        row(x, Icon.WHERE, texts.get("easy.where"), group.meetings.stream().map(MeetingTexts::place).distinct().toList());
        phoneToCall(group).ifPresent(phone -> row(x, Icon.CALL, texts.get("easy.who"), List.of(phone)));
        if (stale(group)) {
            x.element("p", "warning", "Let op. Deze gegevens zijn oud. Bel eerst.");
        }
        x.open("div", "sos").raw(Icons.svg(Icon.CALL)).lines(texts.get("easy.sos"), null).close("div");
        return new Sheet(group.name + " – makkelijk lezen", Sheet.Layout.EASY, x.toString());
    }

    Sheet organisation(Organisation organisation, List<SelfHelpGroup> groups) {
        Xhtml x = new Xhtml().element("h1", organisation.name).element("p", texts.get("organisation.intro"));
        x.element("p", "checked", organisation.verifiedAt == null ? "Nog niet gecontroleerd."
                : "Gecontroleerd op " + MeetingTexts.date(organisation.verifiedAt) + ".");
        if (organisation.verifiedAt == null
                || organisation.verifiedAt.plus(reverifyAfter).isBefore(now.atZone(AMSTERDAM).toLocalDate())) {
            x.element("p", "warning", texts.get("stale.warning"));
        }
        if (organisation.description != null) {
            x.element("h2", "Wat doet de organisatie?").element("p", organisation.description);
        }
        x.element("h2", "Contact").list(organisation.contactPoints.stream().map(GroupSheets::contactPoint).toList());
        x.element("h2", "Groepen");
        if (groups.isEmpty()) {
            x.element("p", "Er staan nog geen groepen van deze organisatie in de wegwijzer.");
        }
        for (SelfHelpGroup group : groups) {
            x.element("h3", group.name).list(group.meetings.stream()
                    .map(m -> MeetingTexts.schedule(m) + ". " + MeetingTexts.place(m)).toList());
        }
        if (organisation.sourceDocument != null) {
            x.element("p", "source", "Bron: " + organisation.sourceDocument + ", " + organisation.sourceSection + ".");
        }
        return new Sheet(organisation.name + " – informatie", Sheet.Layout.STANDARD, x.toString());
    }

    private void checked(Xhtml x, SelfHelpGroup group) {
        x.element("p", "checked", group.verifiedAt == null ? "Nog niet gecontroleerd."
                : "Gecontroleerd op " + MeetingTexts.date(group.verifiedAt.atZone(AMSTERDAM).toLocalDate()) + ".");
        if (stale(group)) {
            x.element("p", "warning", texts.get("stale.warning"));
        }
    }

    private boolean stale(SelfHelpGroup group) {
        return group.needsVerification(now, reverifyAfter);
    }

    private static void row(Xhtml x, Icon icon, String phrase, List<String> values) {
        x.open("div", "row").raw(Icons.svg(icon)).lines(phrase, null);
        values.forEach(v -> x.element("p", null, v));
        x.close("div");
    }

    /**
     * The number the easy-read sheet says to call: the group's own, else its organisation's first phone or helpline;
     * none when neither has one (then the sheet leaves out that line rather than say "bel dit nummer" without one).
     */
    static Optional<String> phoneToCall(SelfHelpGroup group) {
        if (group.contactPhone != null) {
            return Optional.of(group.contactPhone);
        }
        return group.organisation.contactPoints.stream().filter(p -> p.kind == ContactKind.PHONE || p.kind == ContactKind.HELPLINE)
                .map(p -> p.value).findFirst();
    }

    static List<String> contact(SelfHelpGroup group) {
        List<String> lines = new ArrayList<>();
        String via = group.contactRole == null ? "" : " (" + role(group.contactRole) + ")";
        if (group.contactPhone != null) {
            lines.add("Telefoon" + via + ": " + group.contactPhone);
        }
        if (group.contactEmail != null) {
            lines.add("E-mail" + via + ": " + group.contactEmail);
        }
        if (group.website != null) {
            lines.add("Website: " + group.website);
        }
        if (lines.isEmpty()) {
            lines.add("Neem contact op met " + group.organisation.name + ".");
        }
        return lines;
    }

    static String contactPoint(ContactPoint point) {
        String label = switch (point.kind) {
            case VISIT_ADDRESS -> "Bezoekadres";
            case POSTAL_ADDRESS -> "Postadres";
            case PHONE -> "Telefoon";
            case HELPLINE -> "Hulplijn";
            case EMAIL -> "E-mail";
            case WEBSITE -> "Website";
        };
        return (point.label != null ? point.label : label) + ": " + point.value;
    }

    private static String role(ContactRole role) {
        return switch (role) {
            case CHAIR -> "voorzitter";
            case HELPLINE -> "hulplijn";
            case LIAISON_OFFICER -> "aandachtsfunctionaris";
            case SECRETARY -> "secretaris";
        };
    }

    /** Meetings of a group in one line each, for lists of many groups. */
    static String firstMeeting(SelfHelpGroup group) {
        return group.meetings.stream().filter(m -> !m.temporarilyClosed).findFirst()
                .map(m -> MeetingTexts.schedule(m) + ". " + MeetingTexts.place(m)).orElse("Vraag de groep wanneer.");
    }

    static boolean meetsIn(SelfHelpGroup group, String city) {
        return (group.location != null && city.equalsIgnoreCase(group.location.city))
                || group.meetings.stream().anyMatch(m -> m.location != null && city.equalsIgnoreCase(m.location.city));
    }
}
