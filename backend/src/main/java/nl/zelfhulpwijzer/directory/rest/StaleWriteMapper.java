package nl.zelfhulpwijzer.directory.rest;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.hibernate.StaleStateException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import nl.zelfhulpwijzer.common.problem.ProblemException;
import nl.zelfhulpwijzer.common.problem.ProblemMappers;
import nl.zelfhulpwijzer.common.problem.ProblemType;

/** Two writes racing past the If-Match check: the loser gets the same 412 as a stale If-Match. */
public class StaleWriteMapper {

    @ServerExceptionMapper({ OptimisticLockException.class, StaleStateException.class })
    public Response stale(RuntimeException e, UriInfo uri) {
        return new ProblemMappers().problem(new ProblemException(ProblemType.PRECONDITION_FAILED,
                "Iemand anders heeft deze gegevens intussen gewijzigd. Haal ze opnieuw op en probeer het nog eens."), uri);
    }
}
