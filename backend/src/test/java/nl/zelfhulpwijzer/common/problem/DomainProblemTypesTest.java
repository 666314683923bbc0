package nl.zelfhulpwijzer.common.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.zelfhulpwijzer.common.concurrency.StaleVersion;
import nl.zelfhulpwijzer.common.concurrency.VersionRequired;
import nl.zelfhulpwijzer.common.error.Conflict;
import nl.zelfhulpwijzer.common.error.FieldError;
import nl.zelfhulpwijzer.common.error.InvalidInput;
import nl.zelfhulpwijzer.common.error.NoAccess;
import nl.zelfhulpwijzer.common.error.NotFound;
import nl.zelfhulpwijzer.common.error.RuleViolation;
import nl.zelfhulpwijzer.common.error.TooManyRequests;

/** Every domain exception has its stable problem type, so domain classes never name an HTTP status. */
class DomainProblemTypesTest {

    @Test
    void eachDomainExceptionMapsToItsProblemType() {
        assertEquals(ProblemType.NOT_FOUND, ProblemMappers.typeOf(new NotFound("x")));
        assertEquals(ProblemType.CONFLICT, ProblemMappers.typeOf(new Conflict("x")));
        assertEquals(ProblemType.VALIDATION, ProblemMappers.typeOf(new InvalidInput(List.of(new FieldError("f", "m")))));
        assertEquals(ProblemType.UNPROCESSABLE, ProblemMappers.typeOf(new RuleViolation("x")));
        assertEquals(ProblemType.FORBIDDEN, ProblemMappers.typeOf(new NoAccess("x")));
        assertEquals(ProblemType.PRECONDITION_FAILED, ProblemMappers.typeOf(new StaleVersion()));
        assertEquals(ProblemType.PRECONDITION_REQUIRED, ProblemMappers.typeOf(new VersionRequired()));
        assertEquals(ProblemType.TOO_MANY_REQUESTS, ProblemMappers.typeOf(new TooManyRequests(30)));
        assertEquals(428, ProblemType.PRECONDITION_REQUIRED.status());
    }
}
