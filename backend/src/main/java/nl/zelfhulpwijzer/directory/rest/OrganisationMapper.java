package nl.zelfhulpwijzer.directory.rest;

import java.util.Arrays;
import java.util.List;

import nl.zelfhulpwijzer.directory.SourceReference;
import nl.zelfhulpwijzer.directory.Audience;
import nl.zelfhulpwijzer.directory.Behaviour;
import nl.zelfhulpwijzer.directory.ContactPoint;
import nl.zelfhulpwijzer.directory.Organisation;

/** Entity to API model. */
final class OrganisationMapper {

    private OrganisationMapper() {
    }

    static OrganisationSummary toSummary(Organisation o) {
        return new OrganisationSummary(o.id, o.name, o.shortName, o.kind, o.approach, o.country, o.status,
                umbrella(o), o.description, audiences(o), behaviours(o), o.verifiedAt, o.verifiedBy, source(o));
    }

    static OrganisationDetail toDetail(Organisation o) {
        return new OrganisationDetail(toSummary(o), o.contactPoints.stream().map(OrganisationMapper::toDto).toList());
    }

    private static ContactPointDto toDto(ContactPoint c) {
        return new ContactPointDto(c.kind, c.label, c.value, c.note);
    }

    private static List<Audience> audiences(Organisation o) {
        return Arrays.stream(o.audiences).map(Audience::valueOf).toList();
    }

    private static List<Behaviour> behaviours(Organisation o) {
        return Arrays.stream(o.behaviours).map(Behaviour::valueOf).toList();
    }

    private static String umbrella(Organisation o) {
        return o.umbrella == null ? null : o.umbrella.id;
    }

    private static SourceReference source(Organisation o) {
        return new SourceReference(o.sourceDocument, o.sourceSection);
    }
}
