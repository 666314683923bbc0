package nl.zelfhulpwijzer.common.security;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;
import nl.zelfhulpwijzer.common.error.NoAccess;

/**
 * The caller as the bearer token describes it. The institution (instelling) comes from the token only,
 * so a caller can never act for another institution by changing a request.
 */
@RequestScoped
public class CurrentUser {

    static final String INSTITUTION_CLAIM = "instelling";

    /** The institution's country (NL or BE), when the identity provider gives it. */
    static final String INSTITUTION_COUNTRY_CLAIM = "instelling_land";

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    public String username() {
        String preferred = token.getClaim("preferred_username");
        return preferred != null ? preferred : identity.getPrincipal().getName();
    }

    public String displayName() {
        String name = token.getClaim("name");
        return name != null ? name : username();
    }

    /** The caller's institution, or null when the token carries none. */
    public String institution() {
        return token.getClaim(INSTITUTION_CLAIM);
    }

    /** The country of the caller's institution as the token says ("NL", "BE"), or null. */
    public String institutionCountry() {
        return token.getClaim(INSTITUTION_COUNTRY_CLAIM);
    }

    /** The caller's institution; institution data need one, so without it the caller has no access (403). */
    public String requiredInstitution() {
        String institution = institution();
        if (institution == null || institution.isBlank()) {
            throw new NoAccess("Uw account hoort niet bij een instelling.");
        }
        return institution;
    }

    public List<String> roles() {
        return Roles.ALL.stream().filter(identity::hasRole).toList();
    }
}
