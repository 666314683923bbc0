package nl.zelfhulpwijzer.advice;

import java.util.List;

/** The recommended route for one candidate, with the source of that route (if any) and the steps that help. */
public record RouteAdvice(Route route, Finding reason, List<Finding> steps) {

    public RouteAdvice {
        steps = List.copyOf(steps);
    }
}
