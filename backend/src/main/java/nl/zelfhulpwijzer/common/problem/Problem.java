package nl.zelfhulpwijzer.common.problem;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 9457 problem details; {@code title} and {@code detail} are Dutch, {@code type} is stable for machines. */
@Schema(name = "Problem", description = "Foutmelding volgens RFC 9457 (application/problem+json).")
public record Problem(
        @Schema(required = true, description = "Vaste URI per soort fout, voor systemen.") String type,
        @Schema(required = true, description = "Korte Nederlandse omschrijving van de fout.") String title,
        @Schema(required = true) int status,
        @Schema(description = "Nederlandse uitleg voor deze keer.") String detail,
        @Schema(description = "Het pad van het verzoek.") String instance,
        @Schema(description = "Fouten per veld, bij ongeldige invoer.") List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    @Schema(name = "FieldError")
    public record FieldError(@Schema(required = true) String field, @Schema(required = true) String message) {

        /** The wire form of a domain field error. */
        public static Problem.FieldError of(nl.zelfhulpwijzer.common.error.FieldError error) {
            return new Problem.FieldError(error.field(), error.message());
        }
    }
}
