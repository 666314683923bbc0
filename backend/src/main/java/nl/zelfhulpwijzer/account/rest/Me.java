package nl.zelfhulpwijzer.account.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "De ingelogde gebruiker of het ingelogde systeem, zoals het token dat zegt.")
public record Me(
        @Schema(required = true) String username,
        @Schema(required = true) String name,
        @Schema(required = true) List<String> roles,
        @Schema(description = "De code van de instelling waarvoor de gebruiker werkt.") String instelling,
        @Schema(description = "De naam van die instelling; leeg als de code onbekend is.") String institutionName) {
}
