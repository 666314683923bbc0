package nl.zelfhulpwijzer.interop.fhir;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import nl.zelfhulpwijzer.directory.DirectoryHarvest;

/** The directory keys behind FHIR ids ({@link FhirIds}): an id is its own key, or was made from a longer one. */
@ApplicationScoped
public class FhirKeys {

    @Inject
    DirectoryHarvest harvest;

    /** Group slugs for HealthcareService ids; null stays null (no filter). */
    List<String> groups(Collection<String> ids) {
        return keys(ids, harvest::groupSlugsStartingWith);
    }

    /** Organisation keys for Organization ids; null stays null (no filter). */
    List<String> organisations(Collection<String> ids) {
        return keys(ids, harvest::organisationIdsStartingWith);
    }

    String group(String id) {
        return groups(List.of(id)).get(0);
    }

    String organisation(String id) {
        return organisations(List.of(id)).get(0);
    }

    /** The ids themselves (unknown ones match nothing), then the longer keys they were made from. */
    private static List<String> keys(Collection<String> ids, Function<String, List<String>> startingWith) {
        if (ids == null) {
            return null;
        }
        Set<String> keys = new LinkedHashSet<>(ids);
        for (String id : ids) {
            FhirIds.madeFrom(id).ifPresent(start -> startingWith.apply(start).stream()
                    .filter(key -> FhirIds.of(key).equals(id)).forEach(key -> {
                        keys.remove(id);
                        keys.add(key);
                    }));
        }
        return List.copyOf(keys);
    }
}
