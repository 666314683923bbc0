package nl.zelfhulpwijzer.common.paging;

import java.util.List;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import nl.zelfhulpwijzer.common.params.CodeParams;
import nl.zelfhulpwijzer.common.problem.Problem;

/**
 * The page and size query parameters of every list. Read as text: JAX-RS would answer "page=een" with 404,
 * and callers deserve a 400 that names the field.
 */
public class PagingParams {

    @QueryParam("page")
    @Parameter(description = "Paginanummer, vanaf 1.",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", defaultValue = "1"))
    public String page;

    @QueryParam("size")
    @Parameter(description = "Aantal per pagina, hoogstens " + PageRequest.MAX_SIZE + ".",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "" + PageRequest.MAX_SIZE,
                    defaultValue = "" + PageRequest.DEFAULT_SIZE))
    public String size;

    /** The page request, or null after adding Dutch field errors. */
    public PageRequest toPageRequest(List<Problem.FieldError> errors) {
        int pageNumber = CodeParams.number(page, 1, 1, Integer.MAX_VALUE, "page", errors);
        int pageSize = CodeParams.number(size, PageRequest.DEFAULT_SIZE, 1, PageRequest.MAX_SIZE, "size", errors);
        return errors.isEmpty() ? new PageRequest(pageNumber, pageSize) : null;
    }
}
