package nl.zelfhulpwijzer.common.paging;

import java.util.List;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

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
        int pageNumber = number(page, 1, 1, Integer.MAX_VALUE, "page", errors);
        int pageSize = number(size, PageRequest.DEFAULT_SIZE, 1, PageRequest.MAX_SIZE, "size", errors);
        return errors.isEmpty() ? new PageRequest(pageNumber, pageSize) : null;
    }

    private static int number(String raw, int fallback, int min, int max, String field, List<Problem.FieldError> errors) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        String range = max == Integer.MAX_VALUE ? "een heel getal vanaf " + min : "een heel getal van " + min + " tot en met " + max;
        errors.add(new Problem.FieldError(field, "Vul " + range + " in."));
        return fallback;
    }
}
