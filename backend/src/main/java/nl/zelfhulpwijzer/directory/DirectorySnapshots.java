package nl.zelfhulpwijzer.directory;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** The fields of an organisation, group or meeting as text, in a fixed order: the history compares two of these. */
public final class DirectorySnapshots {

    private DirectorySnapshots() {
    }

    public static Map<String, String> snapshot(Organisation o) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("name", o.name);
        s.put("shortName", o.shortName);
        s.put("status", o.status == null ? null : o.status.name());
        s.put("description", o.description);
        s.put("umbrellaId", o.umbrella == null ? null : o.umbrella.id);
        s.put("audiences", String.join(",", o.audiences));
        s.put("behaviours", String.join(",", o.behaviours));
        s.put("contactPoints", o.contactPoints.stream()
                .map(c -> c.kind + ": " + c.value + (c.label == null ? "" : " (" + c.label + ")") + (c.note == null ? "" : " – " + c.note))
                .collect(Collectors.joining("; ")));
        s.put("verifiedAt", o.verifiedAt == null ? null : o.verifiedAt.toString());
        s.put("verifiedBy", o.verifiedBy);
        return s;
    }

    public static Map<String, String> snapshot(SelfHelpGroup g) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("organisationId", g.organisation == null ? null : g.organisation.id);
        s.put("name", g.name);
        Location l = g.location;
        s.put("location.name", l == null ? null : l.name);
        s.put("location.address", l == null ? null : l.address);
        s.put("location.postcode", l == null ? null : l.postcode);
        s.put("location.city", l == null ? null : l.city);
        s.put("location.region", l == null ? null : l.region);
        s.put("location.country", l == null || l.country == null ? null : l.country.name());
        s.put("location.latitude", l == null || l.latitude == null ? null : l.latitude.toString());
        s.put("location.longitude", l == null || l.longitude == null ? null : l.longitude.toString());
        s.put("location.approximate", l == null ? null : String.valueOf(l.approximate));
        s.put("audiences", String.join(",", g.audiences));
        s.put("behaviours", String.join(",", g.behaviours));
        s.put("open", String.valueOf(g.open));
        s.put("dualDiagnosis", String.valueOf(g.dualDiagnosis));
        s.put("insideInstitution", String.valueOf(g.insideInstitution));
        s.put("acceptsTrial", String.valueOf(g.acceptsTrial));
        s.put("medicationNote", g.medicationNote);
        s.put("languages", String.join(",", g.languages));
        s.put("accessibility", String.join(",", g.accessibility));
        s.put("professionalMayAttend", String.valueOf(g.professionalMayAttend));
        s.put("contactRole", g.contactRole == null ? null : g.contactRole.name());
        s.put("contactPhone", g.contactPhone);
        s.put("contactEmail", g.contactEmail);
        s.put("website", g.website);
        s.put("notes", g.notes);
        s.put("status", g.status == null ? null : g.status.name());
        s.put("verifiedAt", g.verifiedAt == null ? null : g.verifiedAt.toString());
        s.put("verifiedBy", g.verifiedBy);
        return s;
    }

    public static Map<String, String> snapshot(Meeting m) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("name", m.name);
        s.put("frequency", m.frequency == null ? null : m.frequency.name());
        s.put("day", String.valueOf(m.dayOfWeek));
        s.put("weekOfMonth", m.weekOfMonth == null ? null : m.weekOfMonth.toString());
        s.put("startTime", m.startTime == null ? null : m.startTime.toString());
        s.put("endTime", m.endTime == null ? null : m.endTime.toString());
        s.put("timeZone", m.timeZone);
        s.put("inPerson", String.valueOf(m.location != null));
        s.put("conferenceUrl", m.conferenceUrl);
        s.put("conferencePhone", m.conferencePhone);
        s.put("conferenceNotes", m.conferenceNotes);
        s.put("types", String.join(",", m.types));
        s.put("notes", m.notes);
        s.put("temporarilyClosed", String.valueOf(m.temporarilyClosed));
        return s;
    }
}
