package nl.zelfhulpwijzer.directory.places;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import nl.zelfhulpwijzer.directory.Country;

/**
 * The published service that turns what a person typed ("Zeist", "Den Bosch", "3511 AB", "1000 Brussel") into
 * places with coordinates, for the group finder and the advice. Without a country both countries answer.
 */
@ApplicationScoped
public class PlaceLookup {

    public static final int MAX_LIMIT = 50;

    @Inject
    PlaceRepository places;

    /** The best matches first, at most {@code limit} (1 to {@link #MAX_LIMIT}); empty when nothing resembles the text. */
    public List<Place> resolve(String text, Optional<Country> country, int limit) {
        PlaceQuery query = PlaceQuery.parse(text);
        int capped = Math.max(1, Math.min(limit, MAX_LIMIT));
        if (query.isEmpty()) {
            return List.of();
        }
        if (query.country().isPresent() && country.isPresent() && !query.country().equals(country)) {
            return List.of();
        }
        Optional<Country> within = country.or(query::country);
        if (query.isPostcode()) {
            List<Place> areas = places.byPostcode(query.postcode(), query.name(), within, capped);
            if (!areas.isEmpty() || query.name().isEmpty()) {
                return areas;
            }
        }
        return places.byName(query.name(), within, capped);
    }

    /** The single best match, e.g. for a search "near" a typed place. */
    public Optional<Place> best(String text, Optional<Country> country) {
        return resolve(text, country, 1).stream().findFirst();
    }
}
