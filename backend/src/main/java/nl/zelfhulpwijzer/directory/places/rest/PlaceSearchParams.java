package nl.zelfhulpwijzer.directory.places.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import nl.zelfhulpwijzer.common.params.CodeParams;
import nl.zelfhulpwijzer.common.problem.Problem;
import nl.zelfhulpwijzer.common.problem.ProblemException;
import nl.zelfhulpwijzer.directory.Country;
import nl.zelfhulpwijzer.directory.places.PlaceLookup;
import nl.zelfhulpwijzer.directory.places.PlaceNames;

/** Query parameters of the place search, read as text so that a wrong value gets a 400 naming the field. */
public class PlaceSearchParams {

    static final int MAX_TEXT = 100;
    static final int DEFAULT_LIMIT = 10;

    @QueryParam("q")
    @Parameter(required = true, description = "Plaats of postcode zoals iemand die typt: 'Zeist', 'Den Bosch', '3511', "
            + "'3511 AB', '1000 Brussel'. Hoofdletters, accenten en streepjes tellen niet; kleine typefouten mogen.",
            schema = @Schema(type = SchemaType.STRING, minLength = 2, maxLength = MAX_TEXT))
    public String q;

    @QueryParam("country")
    @Parameter(description = "Alleen dit land; zonder land zoekt de API in Nederland en België.",
            schema = @Schema(implementation = Country.class))
    public String country;

    @QueryParam("limit")
    @Parameter(description = "Hoeveel plaatsen hoogstens, de beste eerst.",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "" + PlaceLookup.MAX_LIMIT,
                    defaultValue = "" + DEFAULT_LIMIT))
    public String limit;

    record Request(String text, Optional<Country> country, int limit) {
    }

    /** The search, or a 400 problem naming every wrong field at once. */
    Request toRequest() {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (q == null || PlaceNames.normalise(q).length() < 2) {
            errors.add(new Problem.FieldError("q", "Vul een plaats of postcode in van minstens 2 letters of cijfers."));
        } else if (q.length() > MAX_TEXT) {
            errors.add(new Problem.FieldError("q", "Vul hoogstens " + MAX_TEXT + " tekens in."));
        }
        Country inCountry = CodeParams.parse(Country.class, country, "country", errors);
        int max = CodeParams.number(limit, DEFAULT_LIMIT, 1, PlaceLookup.MAX_LIMIT, "limit", errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new Request(q, Optional.ofNullable(inCountry), max);
    }
}
