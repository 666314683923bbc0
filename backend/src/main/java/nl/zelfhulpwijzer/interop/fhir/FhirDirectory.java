package nl.zelfhulpwijzer.interop.fhir;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Distance;
import org.hl7.fhir.r4.model.HealthcareService;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

import nl.zelfhulpwijzer.common.problem.ProblemException;
import nl.zelfhulpwijzer.directory.DirectoryHarvest;
import nl.zelfhulpwijzer.directory.DirectoryHarvest.Changed;
import nl.zelfhulpwijzer.directory.DirectoryHarvest.GroupCriteria;
import nl.zelfhulpwijzer.directory.DirectoryHarvest.Order;
import nl.zelfhulpwijzer.directory.DirectoryHarvest.OrganisationCriteria;
import nl.zelfhulpwijzer.directory.DirectoryHarvest.PlaceCriteria;

/**
 * The directory through the FHIR door: search, read and type-level history of Organization, Location and
 * HealthcareService, read only from the directory's published {@link DirectoryHarvest}.
 */
@ApplicationScoped
public class FhirDirectory {

    /** The most records one _include or _revinclude adds to a page. */
    static final int MAX_INCLUDED = 1000;
    static final String DISTANCE_EXTENSION = "http://hl7.org/fhir/StructureDefinition/location-distance";

    /** Resources of one page, the distance of each (Location near a point, else null) and the number of all hits. */
    private record Found(List<Resource> resources, List<Double> distances, long total) {
    }

    @Inject
    DirectoryHarvest harvest;

    @Inject
    FhirKeys keys;

    static FhirSearchSupport support(String type) {
        return FhirSearchSupport.DIRECTORY.stream().filter(s -> s.type().equals(type)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("De FHIR-ingang kent het brontype '" + type + "' niet."));
    }

    public Bundle search(String type, Map<String, List<String>> params, URI request, String base) {
        FhirQuery q = FhirQuery.search(support(type), params);
        int count = q.count();
        int offset = q.offset();
        Found found;
        // every parameter is checked before anything is looked up
        switch (type) {
            case "Organization" -> {
                OrganisationCriteria c = new OrganisationCriteria(keys.organisations(q.anyOf("_id")), q.text("name"),
                        q.bool("active"), keys.organisations(q.references("partof", "Organization")), q.lastUpdated());
                q.throwIfInvalid();
                found = organisations(c, Order.NAME, offset, count);
            }
            case "Location" -> {
                PlaceCriteria c = new PlaceCriteria(FhirQuery.numbers(q.anyOf("_id")), q.near(), q.text("address-postalcode"),
                        q.text("address-city"), q.lastUpdated());
                q.throwIfInvalid();
                found = places(c, Order.NAME, offset, count);
            }
            default -> {
                GroupCriteria c = new GroupCriteria(keys.groups(q.anyOf("_id")), q.text("name"),
                        keys.organisations(q.references("organization", "Organization")),
                        FhirQuery.numbers(q.references("location", "Location")),
                        q.bool("active"), q.lastUpdated());
                q.throwIfInvalid();
                found = groups(c, Order.NAME, offset, count);
            }
        }
        Bundle bundle = FhirBundles.page(Bundle.BundleType.SEARCHSET, request, found.total(), offset, count);
        for (int i = 0; i < found.resources().size(); i++) {
            Bundle.BundleEntryComponent entry = FhirBundles.match(bundle, base, found.resources().get(i));
            Double km = found.distances().get(i);
            if (km != null) {
                Distance distance = new Distance();
                distance.setValue(Math.round(km * 1000) / 1000.0).setUnit("km").setSystem("http://unitsofmeasure.org").setCode("km");
                entry.getSearch().addExtension(DISTANCE_EXTENSION, distance);
            }
        }
        Set<String> seen = new HashSet<>();
        found.resources().forEach(r -> seen.add(key(r)));
        List<Resource> extra = new ArrayList<>();
        q.includes().forEach(include -> extra.addAll(included(include, found.resources())));
        q.revIncludes().forEach(revInclude -> extra.addAll(revIncluded(revInclude, found.resources())));
        FhirBundles.include(bundle, base, extra.stream().filter(r -> seen.add(key(r))).toList());
        return bundle;
    }

    public Resource read(String type, String id) {
        support(type);
        List<String> ids = List.of(id);
        List<Resource> found = byIds(type, ids);
        if (found.isEmpty()) {
            throw ProblemException.notFound("Er is geen " + type + " met id '" + id + "'.");
        }
        return found.get(0);
    }

    /** Every record changed since {@code _since}, oldest change first; a deactivated one shows with active=false. */
    public Bundle history(String type, Map<String, List<String>> params, URI request, String base) {
        support(type);
        FhirQuery q = FhirQuery.history(params);
        Instant since = q.since();
        int count = q.count();
        int offset = q.offset();
        q.throwIfInvalid();
        Changed changed = since == null ? null : new Changed(since, null);
        Found found = switch (type) {
            case "Organization" -> organisations(new OrganisationCriteria(null, null, null, null, changed), Order.CHANGED,
                    offset, count);
            case "Location" -> places(new PlaceCriteria(null, null, null, null, changed), Order.CHANGED, offset, count);
            default -> groups(new GroupCriteria(null, null, null, null, null, changed), Order.CHANGED, offset, count);
        };
        Bundle bundle = FhirBundles.page(Bundle.BundleType.HISTORY, request, found.total(), offset, count);
        found.resources().forEach(r -> FhirBundles.version(bundle, base, r));
        return bundle;
    }

    private List<Resource> included(String include, List<Resource> matches) {
        return switch (include) {
            case "HealthcareService:organization" -> byIds("Organization",
                    references(matches, r -> List.of(((HealthcareService) r).getProvidedBy())));
            case "HealthcareService:location" -> byIds("Location",
                    references(matches, r -> ((HealthcareService) r).getLocation()));
            case "Organization:partof" -> byIds("Organization", references(matches, r -> List.of(((Organization) r).getPartOf())));
            default -> throw new IllegalArgumentException(include);
        };
    }

    private List<Resource> revIncluded(String revInclude, List<Resource> matches) {
        List<String> ids = matches.stream().map(r -> r.getIdElement().getIdPart()).toList();
        return switch (revInclude) {
            case "HealthcareService:organization" -> groups(new GroupCriteria(null, null, keys.organisations(ids), null, null, null),
                    Order.NAME, 0, MAX_INCLUDED).resources();
            case "HealthcareService:location" -> groups(new GroupCriteria(null, null, null, FhirQuery.numbers(ids), null, null),
                    Order.NAME, 0, MAX_INCLUDED).resources();
            case "Organization:partof" -> organisations(new OrganisationCriteria(null, null, null, keys.organisations(ids), null),
                    Order.NAME, 0, MAX_INCLUDED).resources();
            default -> throw new IllegalArgumentException(revInclude);
        };
    }

    private List<Resource> byIds(String type, Collection<String> ids) {
        return switch (type) {
            case "Organization" -> organisations(new OrganisationCriteria(keys.organisations(ids), null, null, null, null), Order.NAME, 0,
                    MAX_INCLUDED).resources();
            case "Location" -> places(new PlaceCriteria(FhirQuery.numbers(List.copyOf(ids)), null, null, null, null),
                    Order.NAME, 0, MAX_INCLUDED).resources();
            default -> groups(new GroupCriteria(keys.groups(ids), null, null, null, null, null), Order.NAME, 0, MAX_INCLUDED)
                    .resources();
        };
    }

    private Found organisations(OrganisationCriteria c, Order order, int offset, int count) {
        DirectoryHarvest.Page<nl.zelfhulpwijzer.directory.Organisation> page = harvest.organisations(c, order, offset, count);
        return new Found(page.items().stream().map(o -> (Resource) OrganizationMapping.of(o)).toList(),
                nulls(page.items().size()), page.total());
    }

    private Found groups(GroupCriteria c, Order order, int offset, int count) {
        DirectoryHarvest.Page<nl.zelfhulpwijzer.directory.SelfHelpGroup> page = harvest.groups(c, order, offset, count);
        return new Found(page.items().stream().map(g -> (Resource) HealthcareServiceMapping.of(g)).toList(),
                nulls(page.items().size()), page.total());
    }

    private Found places(PlaceCriteria c, Order order, int offset, int count) {
        DirectoryHarvest.Page<DirectoryHarvest.Place> page = harvest.places(c, order, offset, count);
        return new Found(page.items().stream().map(p -> (Resource) LocationMapping.of(p)).toList(),
                page.items().stream().map(DirectoryHarvest.Place::distanceKm).toList(), page.total());
    }

    private static List<Double> nulls(int size) {
        return new ArrayList<>(Collections.nCopies(size, (Double) null));
    }

    private static List<String> references(List<Resource> resources, Function<Resource, List<Reference>> refs) {
        return resources.stream().flatMap(r -> refs.apply(r).stream()).filter(Reference::hasReference)
                .filter(ref -> !ref.getReference().startsWith("#"))
                .map(ref -> ref.getReferenceElement().getIdPart()).distinct().toList();
    }

    private static String key(Resource r) {
        return r.fhirType() + "/" + r.getIdElement().getIdPart();
    }
}
