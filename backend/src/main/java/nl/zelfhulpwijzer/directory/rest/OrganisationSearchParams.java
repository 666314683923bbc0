package nl.zelfhulpwijzer.directory.rest;

import java.util.ArrayList;
import java.util.List;

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
import nl.zelfhulpwijzer.directory.Approach;
import nl.zelfhulpwijzer.directory.Audience;
import nl.zelfhulpwijzer.directory.Behaviour;
import nl.zelfhulpwijzer.directory.Country;
import nl.zelfhulpwijzer.directory.OrganisationFilter;
import nl.zelfhulpwijzer.directory.OrganisationKind;
import nl.zelfhulpwijzer.directory.OrganisationStatus;
import nl.zelfhulpwijzer.directory.SearchTerms;

/** Query parameters of the organisation search, read as text so that a wrong code gets a clear 400. */
public class OrganisationSearchParams extends PagingParams {

    @QueryParam("q")
    @Size(max = 200)
    @Parameter(description = "Zoekwoorden; elk woord moet voorkomen in naam of omschrijving.")
    public String q;

    @QueryParam("audience")
    @Parameter(description = "Voor wie het aanbod is.", schema = @Schema(implementation = Audience.class))
    public String audience;

    @QueryParam("behaviour")
    @Parameter(description = "Middel of gedrag.", schema = @Schema(implementation = Behaviour.class))
    public String behaviour;

    @QueryParam("approach")
    @Parameter(description = "Werkwijze van de groep.", schema = @Schema(implementation = Approach.class))
    public String approach;

    @QueryParam("kind")
    @Parameter(description = "Soort organisatie.", schema = @Schema(implementation = OrganisationKind.class))
    public String kind;

    @QueryParam("country")
    @Parameter(description = "Land.", schema = @Schema(implementation = Country.class))
    public String country;

    @QueryParam("status")
    @Parameter(description = "Alleen organisaties met deze status. Zonder status blijven niet-actieve organisaties weg.",
            schema = @Schema(implementation = OrganisationStatus.class))
    public String status;

    @QueryParam("includeInactive")
    @Parameter(description = "Ook niet-actieve organisaties tonen (voor beheer); standaard false.",
            schema = @Schema(type = SchemaType.BOOLEAN))
    public String includeInactive;

    /** The filter and page, or a 400 problem naming every wrong field at once. */
    SearchRequest toRequest() {
        List<Problem.FieldError> errors = new ArrayList<>();
        PageRequest pageRequest = toPageRequest(errors);
        OrganisationFilter filter = new OrganisationFilter(SearchTerms.of(q),
                CodeParams.parse(Audience.class, audience, "audience", errors),
                CodeParams.parse(Behaviour.class, behaviour, "behaviour", errors),
                CodeParams.parse(Approach.class, approach, "approach", errors),
                CodeParams.parse(OrganisationKind.class, kind, "kind", errors),
                CodeParams.parse(Country.class, country, "country", errors),
                CodeParams.parse(OrganisationStatus.class, status, "status", errors),
                Boolean.TRUE.equals(CodeParams.flag(includeInactive, "includeInactive", errors)));
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new SearchRequest(filter, pageRequest);
    }

    record SearchRequest(OrganisationFilter filter, PageRequest page) {
    }
}
