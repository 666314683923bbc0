package nl.zelfhulpwijzer.implementation.rest;

import nl.zelfhulpwijzer.common.error.NoAccess;
import nl.zelfhulpwijzer.common.security.CurrentUser;

/** Tenant data needs an institution in the token; the institution never comes from the request. */
final class InstitutionAccess {

    private InstitutionAccess() {
    }

    static String institutionOf(CurrentUser user) {
        String institution = user.institution();
        if (institution == null || institution.isBlank()) {
            throw new NoAccess("Uw account hoort niet bij een instelling.");
        }
        return institution;
    }
}
