package nl.zelfhulpwijzer.support;

import java.nio.file.Path;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;

/** Validates real requests and responses against the committed contract, ../openapi.yaml. */
public final class Contract {

    public static final Path OPENAPI_FILE = Path.of("..", "openapi.yaml").toAbsolutePath().normalize();

    /**
     * Responses are checked strictly. Requests are not: tests send wrong input on purpose to check the 4xx answers,
     * and tokens are checked by the backend itself.
     */
    private static final OpenApiValidationFilter FILTER = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForSpecificationUrl(OPENAPI_FILE.toUri().toString())
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.request", ValidationReport.Level.IGNORE)
                            .build())
                    .build());

    private Contract() {
    }

    public static OpenApiValidationFilter validated() {
        return FILTER;
    }
}
