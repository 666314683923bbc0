package nl.zelfhulpwijzer.common.params;

import java.util.List;

import nl.zelfhulpwijzer.common.problem.Problem;
import nl.zelfhulpwijzer.common.problem.ProblemException;

/** Version numbers in paths and queries of versioned content (pathways, criteria): a whole number from 1, else 400. */
public final class VersionParams {

    private VersionParams() {
    }

    public static int number(String raw, String field) {
        try {
            int value = Integer.parseInt(raw.trim());
            if (value >= 1) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ProblemException.invalid(List.of(new Problem.FieldError(field, "Vul een versienummer in: een heel getal vanaf 1.")));
    }
}
