package nl.zelfhulpwijzer.implementation;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

/** Published: the name of an institution by the code in the token, for screens that should not show the code. */
@ApplicationScoped
public class InstitutionNames {

    /** The institution's name, empty for an unknown code (or none). */
    public Optional<String> nameOf(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return Institution.<Institution>findByIdOptional(code).map(i -> i.name);
    }
}
