package nl.zelfhulpwijzer.advice;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import nl.zelfhulpwijzer.directory.Country;
import nl.zelfhulpwijzer.directory.DirectoryProfiles;
import nl.zelfhulpwijzer.directory.DirectoryProfiles.PlacePoint;

/**
 * The directory's place lookup, remembered per typed text and country: the place table is seed data that only a
 * migration changes, so an advice for a place asked before needs no query. Bounded: when full it starts afresh.
 */
@ApplicationScoped
public class AdvicePlaces {

    static final int MAX_ENTRIES = 10_000;

    @Inject
    DirectoryProfiles directory;

    private final Map<String, Optional<PlacePoint>> known = new ConcurrentHashMap<>();

    /** The best match for what was typed, within {@code country} when given; empty when the directory knows none. */
    public Optional<PlacePoint> find(String text, Country country) {
        String key = country + "|" + text.strip().toLowerCase(Locale.ROOT);
        Optional<PlacePoint> place = known.get(key);
        if (place == null) {
            place = directory.place(text, country);
            if (known.size() >= MAX_ENTRIES) {
                known.clear();
            }
            known.put(key, place);
        }
        return place;
    }
}
