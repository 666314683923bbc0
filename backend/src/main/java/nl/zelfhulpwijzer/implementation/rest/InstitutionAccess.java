package nl.zelfhulpwijzer.implementation.rest;

import nl.zelfhulpwijzer.common.problem.ProblemException;
import nl.zelfhulpwijzer.common.problem.ProblemType;
import nl.zelfhulpwijzer.common.security.CurrentUser;

/** Tenant data needs an institution in the token; the institution never comes from the request. */
final class InstitutionAccess {

    private InstitutionAccess() {
    }

    static String institutionOf(CurrentUser user) {
        String institution = user.institution();
        if (institution == null || institution.isBlank()) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Uw account hoort niet bij een instelling.");
        }
        return institution;
    }
}
