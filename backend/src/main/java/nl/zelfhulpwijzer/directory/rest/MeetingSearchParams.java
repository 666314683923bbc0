package nl.zelfhulpwijzer.directory.rest;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import nl.zelfhulpwijzer.common.paging.PageRequest;
import nl.zelfhulpwijzer.common.paging.PagingParams;
import nl.zelfhulpwijzer.common.params.CodeParams;
import nl.zelfhulpwijzer.common.problem.Problem;
import nl.zelfhulpwijzer.common.problem.ProblemException;
import nl.zelfhulpwijzer.directory.Accessibility;
import nl.zelfhulpwijzer.directory.Approach;
import nl.zelfhulpwijzer.directory.AttendanceMode;
import nl.zelfhulpwijzer.directory.Audience;
import nl.zelfhulpwijzer.directory.Behaviour;
import nl.zelfhulpwijzer.directory.Country;
import nl.zelfhulpwijzer.directory.MeetingFilter;
import nl.zelfhulpwijzer.directory.OrganisationKind;
import nl.zelfhulpwijzer.directory.SearchTerms;
import nl.zelfhulpwijzer.directory.TimeOfDay;
import nl.zelfhulpwijzer.directory.places.Place;
import nl.zelfhulpwijzer.directory.places.PlaceLookup;

/** Query parameters of the meeting search, read as text so that wrong input gets a 400 naming the field. */
public class MeetingSearchParams extends PagingParams {

    static final double MAX_RADIUS_KM = 500;
    static final double DEFAULT_RADIUS_KM = 25;
    static final int MAX_NEAR_TEXT = 100;

    @QueryParam("q")
    @Size(max = 200, message = "Gebruik hoogstens 200 tekens.")
    @Parameter(description = "Zoekwoorden (Nederlands, tikfouten worden verdragen) in organisatie, groep, plaats en notities; elk woord moet passen.")
    public String q;

    @QueryParam("audience")
    @Parameter(description = "Voor wie.", schema = @Schema(implementation = Audience.class))
    public String audience;

    @QueryParam("behaviour")
    @Parameter(description = "Middel of gedrag.", schema = @Schema(implementation = Behaviour.class))
    public String behaviour;

    @QueryParam("approach")
    @Parameter(description = "Werkwijze.", schema = @Schema(implementation = Approach.class))
    public String approach;

    @QueryParam("kind")
    @Parameter(description = "Soort organisatie.", schema = @Schema(implementation = OrganisationKind.class))
    public String kind;

    @QueryParam("day")
    @Parameter(description = "Dag van de week, 1 = maandag … 7 = zondag.",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "7"))
    public String day;

    @QueryParam("time_of_day")
    @Parameter(description = "Dagdeel waarin de bijeenkomst begint: MORNING (ochtend 4–12 uur), MIDDAY (middag 12–17), EVENING (avond 17–21), NIGHT (nacht 21–4).",
            schema = @Schema(implementation = TimeOfDay.class))
    public String timeOfDay;

    @QueryParam("attendance")
    @Parameter(description = "IN_PERSON: op locatie (ook hybride); ONLINE: online (ook hybride); HYBRID: beide.",
            schema = @Schema(implementation = AttendanceMode.class))
    public String attendance;

    @QueryParam("open")
    @Parameter(description = "true: alleen open bijeenkomsten, waar iedereen mag komen (ook een hulpverlener of naaste die "
            + "meegaat); false: alleen besloten bijeenkomsten.", schema = @Schema(type = SchemaType.BOOLEAN))
    public String open;

    @QueryParam("accessibility")
    @Parameter(description = "Toegankelijkheid.", schema = @Schema(implementation = Accessibility.class))
    public String accessibility;

    @QueryParam("language")
    @Parameter(description = "Taal van de bijeenkomst (ISO 639-1), bijvoorbeeld nl, en, fr.", schema = @Schema(pattern = "^[a-z]{2}$"))
    public String language;

    @QueryParam("country")
    @Parameter(description = "Land.", schema = @Schema(implementation = Country.class))
    public String country;

    @QueryParam("place")
    @Size(max = 100, message = "Gebruik hoogstens 100 tekens.")
    @Parameter(description = "Plaats of regio (provincie), bijvoorbeeld Utrecht of Oost-Vlaanderen.")
    public String place;

    @QueryParam("lat")
    @Parameter(description = "Breedtegraad van het punt om vanuit te zoeken (samen met lon).",
            schema = @Schema(type = SchemaType.NUMBER, minimum = "-90", maximum = "90"))
    public String lat;

    @QueryParam("lon")
    @Parameter(description = "Lengtegraad van het punt om vanuit te zoeken (samen met lat).",
            schema = @Schema(type = SchemaType.NUMBER, minimum = "-180", maximum = "180"))
    public String lon;

    @QueryParam("near")
    @Parameter(description = "Plaats of postcode om vanuit te zoeken, in plaats van lat/lon, bijvoorbeeld Zeist, 3511 of "
            + "1000 Brussel (zoals GET /api/v1/places, het beste antwoord; binnen country als dat is opgegeven).",
            schema = @Schema(type = SchemaType.STRING, maxLength = MAX_NEAR_TEXT))
    public String near;

    @QueryParam("radius_km")
    @Parameter(description = "Straal in km rond lat/lon of near; standaard 25, hoogstens 500.",
            schema = @Schema(type = SchemaType.NUMBER, minimum = "0.1", maximum = "500"))
    public String radiusKm;

    @QueryParam("organisation")
    @Size(max = 80, message = "Gebruik hoogstens 80 tekens.")
    @Parameter(description = "Alleen bijeenkomsten van deze organisatie (id).")
    public String organisation;

    @QueryParam("modified_after")
    @Parameter(description = "Alleen wat na dit tijdstip is gewijzigd (ISO 8601 met tijdzone), voor bijwerken door een EPD.",
            schema = @Schema(type = SchemaType.STRING, format = "date-time"))
    public String modifiedAfter;

    /** The filter and page, or a 400 problem naming every wrong field at once. */
    public Request toRequest(PlaceLookup places) {
        List<Problem.FieldError> errors = new ArrayList<>();
        PageRequest pageRequest = toPageRequest(errors);
        DayOfWeek dayOfWeek = parseDay(errors);
        String lang = null;
        if (language != null && !language.isBlank()) {
            lang = language.trim().toLowerCase(Locale.ROOT);
            if (!lang.matches("[a-z]{2}")) {
                errors.add(new Problem.FieldError("language", "Vul een taalcode van twee letters in, bijvoorbeeld nl."));
                lang = null;
            }
        }
        Country inCountry = CodeParams.parse(Country.class, country, "country", errors);
        MeetingFilter.Near point = parseNear(places, Optional.ofNullable(inCountry), errors);
        Instant after = null;
        if (modifiedAfter != null && !modifiedAfter.isBlank()) {
            try {
                after = OffsetDateTime.parse(modifiedAfter.trim()).toInstant();
            } catch (DateTimeParseException e) {
                errors.add(new Problem.FieldError("modified_after",
                        "Vul een tijdstip in als 2026-01-31T12:00:00Z (ISO 8601 met tijdzone)."));
            }
        }
        MeetingFilter filter = new MeetingFilter(SearchTerms.of(q),
                CodeParams.parse(Audience.class, audience, "audience", errors),
                CodeParams.parse(Behaviour.class, behaviour, "behaviour", errors),
                CodeParams.parse(Approach.class, approach, "approach", errors),
                CodeParams.parse(OrganisationKind.class, kind, "kind", errors),
                dayOfWeek,
                CodeParams.parse(TimeOfDay.class, timeOfDay, "time_of_day", errors),
                CodeParams.parse(AttendanceMode.class, attendance, "attendance", errors),
                CodeParams.parse(Accessibility.class, accessibility, "accessibility", errors),
                lang,
                inCountry,
                place == null || place.isBlank() ? null : place.trim(),
                point, after,
                organisation == null || organisation.isBlank() ? null : organisation.trim(),
                CodeParams.flag(open, "open", errors));
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new Request(filter, pageRequest);
    }

    private DayOfWeek parseDay(List<Problem.FieldError> errors) {
        if (day == null || day.isBlank()) {
            return null;
        }
        try {
            int value = Integer.parseInt(day.trim());
            if (value >= 1 && value <= 7) {
                return DayOfWeek.of(value);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new Problem.FieldError("day", "Vul een dag in van 1 (maandag) tot en met 7 (zondag)."));
        return null;
    }

    private MeetingFilter.Near parseNear(PlaceLookup places, Optional<Country> inCountry, List<Problem.FieldError> errors) {
        boolean hasLat = lat != null && !lat.isBlank();
        boolean hasLon = lon != null && !lon.isBlank();
        boolean hasNear = near != null && !near.isBlank();
        boolean hasRadius = radiusKm != null && !radiusKm.isBlank();
        if (!hasLat && !hasLon && !hasNear) {
            if (hasRadius) {
                errors.add(new Problem.FieldError("radius_km", "Geef ook lat en lon of near op om in de buurt te zoeken."));
            }
            return null;
        }
        if (hasNear && (hasLat || hasLon)) {
            errors.add(new Problem.FieldError("near", "Geef near of lat en lon op, niet allebei."));
            return null;
        }
        if (!hasNear && hasLat != hasLon) {
            errors.add(new Problem.FieldError(hasLat ? "lon" : "lat", "Geef lat en lon allebei op."));
            return null;
        }
        int before = errors.size();
        double latitude;
        double longitude;
        if (hasNear) {
            Optional<Place> found = near.length() <= MAX_NEAR_TEXT ? places.best(near, inCountry) : Optional.empty();
            if (found.isEmpty()) {
                errors.add(new Problem.FieldError("near", "Geen plaats of postcode gevonden voor '"
                        + (near.length() <= MAX_NEAR_TEXT ? near.trim() : near.substring(0, MAX_NEAR_TEXT) + "…") + "'."));
                return null;
            }
            latitude = found.get().latitude();
            longitude = found.get().longitude();
        } else {
            latitude = number(lat, -90, 90, "lat", "Vul een breedtegraad in van -90 tot en met 90.", errors);
            longitude = number(lon, -180, 180, "lon", "Vul een lengtegraad in van -180 tot en met 180.", errors);
        }
        double radius = hasRadius
                ? number(radiusKm, 0.1, MAX_RADIUS_KM, "radius_km", "Vul een straal in van 0,1 tot en met 500 km.", errors)
                : DEFAULT_RADIUS_KM;
        return errors.size() > before ? null : new MeetingFilter.Near(latitude, longitude, radius);
    }

    private static double number(String raw, double min, double max, String field, String message,
            List<Problem.FieldError> errors) {
        try {
            double value = Double.parseDouble(raw.trim());
            if (value >= min && value <= max && Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new Problem.FieldError(field, message));
        return 0;
    }

    public record Request(MeetingFilter filter, PageRequest page) {
    }
}
