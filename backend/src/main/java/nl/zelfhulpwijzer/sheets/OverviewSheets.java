package nl.zelfhulpwijzer.sheets;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import nl.zelfhulpwijzer.directory.Organisation;
import nl.zelfhulpwijzer.directory.SelfHelpGroup;
import nl.zelfhulpwijzer.pathways.Actor;
import nl.zelfhulpwijzer.pathways.Item;
import nl.zelfhulpwijzer.pathways.Step;

/** The sheets over many groups or about care work: the family sheet, the waiting-room poster, a pathway step for staff. */
final class OverviewSheets {

    private final Map<String, String> texts;

    OverviewSheets(Map<String, String> texts) {
        this.texts = texts;
    }

    /** For naasten: the family organisations first, then 004's advice for home, then local groups for family. */
    Sheet family(List<Organisation> familyOrganisations, List<SelfHelpGroup> localGroups, String city) {
        Xhtml x = new Xhtml().element("h1", "Hulp voor familie en naasten").element("p", texts.get("family.intro"));
        x.element("h2", "Groepen voor familie");
        for (Organisation organisation : familyOrganisations) {
            x.element("h3", organisation.name);
            if (organisation.description != null) {
                x.element("p", organisation.description);
            }
            x.list(organisation.contactPoints.stream().map(GroupSheets::contactPoint).toList());
        }
        x.element("h2", "Thuis: waar let u op?").list(texts.get("family.home").lines().filter(l -> !l.isBlank()).toList());
        if (city != null) {
            x.element("h2", "Groepen in " + city);
            if (localGroups.isEmpty()) {
                x.element("p", "Er staan nog geen groepen voor familie in " + city + " in de wegwijzer.");
            }
            localGroups.forEach(g -> x.element("h3", g.name).element("p", GroupSheets.firstMeeting(g)));
        }
        return new Sheet("Hulp voor familie en naasten", Sheet.Layout.STANDARD, x.toString());
    }

    /** A waiting-room poster: the groups of a town in large type and a QR code to the group finder. */
    Sheet poster(String city, List<SelfHelpGroup> groups, String publicUrl) {
        String finder = publicUrl + "/bijeenkomsten?place=" + URLEncoder.encode(city, StandardCharsets.UTF_8);
        Xhtml x = new Xhtml().element("h1", "Zelfhulpgroepen in " + city).element("p", texts.get("poster.intro"));
        if (groups.isEmpty()) {
            x.element("p", "Er staan nog geen groepen in " + city + " in de wegwijzer. Zoek online.");
        }
        groups.forEach(g -> x.element("h2", g.name).element("p", GroupSheets.firstMeeting(g)));
        x.open("div", "qr").raw(QrCodes.svg(finder, 50)).element("p", "Scan de code of ga naar " + finder).close("div");
        return new Sheet("Zelfhulpgroepen in " + city, Sheet.Layout.POSTER, x.toString());
    }

    /** One pathway step as a work sheet for staff: what, who, with what, what to check, and its source. */
    Sheet step(String pathwayTitle, Step step) {
        Xhtml x = new Xhtml().element("h1", step.title()).element("p", pathwayTitle).element("p", texts.get("step.intro"));
        x.element("h2", "Wat te doen").element("p", step.action());
        x.element("h2", "Wie").list(step.actors().stream().map(OverviewSheets::actor).toList());
        if (!step.materials().isEmpty()) {
            x.element("h2", "Materiaal").list(step.materials().stream().map(Item::text).toList());
        }
        if (!step.checklist().isEmpty()) {
            x.element("h2", "Controleer").list(step.checklist().stream().map(Item::text).toList());
        }
        if (step.note() != null) {
            x.element("p", step.note());
        }
        x.element("p", "source", "Bron: " + step.source().document() + ", " + step.source().section() + ".");
        return new Sheet(step.title() + " – werkblad", Sheet.Layout.STANDARD, x.toString());
    }

    private static String actor(Actor actor) {
        return actor.name().charAt(0) + actor.name().substring(1).toLowerCase().replace('_', ' ');
    }
}
