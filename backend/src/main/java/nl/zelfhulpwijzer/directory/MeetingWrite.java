package nl.zelfhulpwijzer.directory;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;


@Schema(name = "MeetingWrite", description = "Gegevens van een bijeenkomst bij aanmaken of wijzigen.")
public record MeetingWrite(
        @Schema(description = "Alleen bij aanmaken; leeg: gemaakt uit groep en dag.")
        @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "Gebruik alleen kleine letters, cijfers en streepjes.")
        @Size(min = 3, max = 140, message = "Gebruik 3 tot en met 140 tekens.") String slug,
        @Size(max = 200, message = "Gebruik hoogstens 200 tekens.") String name,
        @Schema(required = true) @NotNull(message = "Kies WEEKLY of MONTHLY.") Frequency frequency,
        @Schema(required = true, description = "1 = maandag … 7 = zondag.")
        @NotNull(message = "Kies de dag.") @Min(value = 1, message = "Kies een dag van 1 (maandag) tot en met 7 (zondag).")
        @Max(value = 7, message = "Kies een dag van 1 (maandag) tot en met 7 (zondag).") Integer day,
        @Schema(description = "Alleen bij MONTHLY: 1–4, of -1 voor de laatste.") Integer weekOfMonth,
        @Schema(required = true, example = "19:30") @NotNull(message = "Vul de begintijd in.")
        @Pattern(regexp = "([01][0-9]|2[0-3]):[0-5][0-9]", message = "Vul een tijd in als 19:30.") String startTime,
        @Schema(example = "21:00") @Pattern(regexp = "([01][0-9]|2[0-3]):[0-5][0-9]", message = "Vul een tijd in als 21:00.") String endTime,
        @Schema(example = "Europe/Amsterdam") @Size(max = 60, message = "Gebruik hoogstens 60 tekens.") String timeZone,
        @Schema(description = "De bijeenkomst is op de plek van de groep (anders alleen online).") Boolean inPerson,
        @Size(max = 300, message = "Gebruik hoogstens 300 tekens.") String conferenceUrl,
        @Size(max = 30, message = "Gebruik hoogstens 30 tekens.") String conferencePhone,
        @Size(max = 300, message = "Gebruik hoogstens 300 tekens.") String conferenceNotes,
        List<@Pattern(regexp = "[A-Z0-9-]{1,10}", message = "Gebruik Meeting Guide-codes als O, C of D.") String> types,
        @Size(max = 1000, message = "Gebruik hoogstens 1000 tekens.") String notes,
        Boolean temporarilyClosed) {
}
