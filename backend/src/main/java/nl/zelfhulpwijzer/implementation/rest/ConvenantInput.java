package nl.zelfhulpwijzer.implementation.rest;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Het convenant zoals de instelling het vastlegt.")
public record ConvenantInput(
        @Schema(required = true, enumeration = { "DRAFT", "SIGNED" }) @NotBlank(message = "Kies de status.") String status,
        @Schema(required = true) @NotEmpty(message = "Noem minstens één zelfhulporganisatie.") @Size(max = 30, message = "Hoogstens 30 partijen.")
        List<@NotBlank(message = "Vul de naam in.") @Size(max = 200, message = "Gebruik hoogstens 200 tekens.") String> parties,
        @Size(max = 4000, message = "Gebruik hoogstens 4000 tekens.") String principles,
        @Size(max = 4000, message = "Gebruik hoogstens 4000 tekens.") String agreements,
        @Schema(type = SchemaType.STRING, format = "date") String signedOn,
        @Schema(type = SchemaType.STRING, format = "date") String evaluationDate) {
}
