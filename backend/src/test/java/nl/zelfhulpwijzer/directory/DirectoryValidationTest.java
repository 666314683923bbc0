package nl.zelfhulpwijzer.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.zelfhulpwijzer.common.error.FieldError;

/** The write rules beyond Bean Validation, without a server or database. */
class DirectoryValidationTest {

    private static LocationWrite location(String postcode, Country country, Double latitude, Double longitude) {
        return new LocationWrite(null, "Oudegracht 1", postcode, "Utrecht", null, country, latitude, longitude, false);
    }

    private static GroupWrite group(LocationWrite location, String contactPhone) {
        return new GroupWrite(null, "aa", "AA Utrecht", location, List.of(), null, null, null, null, null, null, null, null,
                null, null, contactPhone, null, null, null);
    }

    private static MeetingWrite meeting(String start, String end, Boolean inPerson, String conferenceUrl) {
        return new MeetingWrite(null, null, Frequency.WEEKLY, 2, null, start, end, null, inPerson, conferenceUrl, null, null,
                null, null, null);
    }

    private static List<FieldError> groupErrors(GroupWrite input) {
        List<FieldError> errors = new ArrayList<>();
        DirectoryValidation.validateGroup(input, errors);
        return errors;
    }

    private static List<FieldError> meetingErrors(MeetingWrite input, SelfHelpGroup group) {
        List<FieldError> errors = new ArrayList<>();
        DirectoryValidation.validateMeeting(input, group, errors);
        return errors;
    }

    @Test
    void validGroupHasNoErrors() {
        assertEquals(List.of(), groupErrors(group(location("3511 AB", Country.NL, 52.09, 5.12), "030 123 45 67")));
    }

    @Test
    void postcodeMustFitTheCountry() {
        assertEquals(List.of(new FieldError("location.postcode", "Vul een Nederlandse postcode in als 1234 AB.")),
                groupErrors(group(location("0511 AB", Country.NL, null, null), null)));
        assertEquals(List.of(new FieldError("location.postcode",
                "Vul een Belgische postcode in van vier cijfers, bijvoorbeeld 9000.")),
                groupErrors(group(location("3511 AB", Country.BE, null, null), null)));
    }

    @Test
    void coordinatesBothOrNeitherAndInTheBenelux() {
        assertEquals(List.of(new FieldError("location.longitude", "Vul breedte- en lengtegraad allebei in, of geen van beide.")),
                groupErrors(group(location("3511 AB", Country.NL, 52.09, null), null)));
        assertEquals(List.of(new FieldError("location.latitude", "Deze coördinaten liggen niet in Nederland of België.")),
                groupErrors(group(location("3511 AB", Country.NL, 48.85, 2.35), null)));
    }

    @Test
    void phoneMustBeDutchOrBelgian() {
        assertEquals(List.of(new FieldError("contactPhone",
                "Vul een Nederlands of Belgisch telefoonnummer in, bijvoorbeeld 030 123 45 67 of +32 9 123 45 67.")),
                groupErrors(group(null, "+49 30 1234567")));
        List<FieldError> errors = new ArrayList<>();
        OrganisationWrite organisation = new OrganisationWrite("AA", null, OrganisationStatus.ACTIVE, "Zelfhulp", null,
                List.of(), List.of(), List.of(new OrganisationWrite.ContactPointWrite(ContactKind.PHONE, null, "12345", null)));
        DirectoryValidation.validateContactPoints(organisation, errors);
        assertEquals(List.of(new FieldError("contactPoints[0].value", "Vul een Nederlands of Belgisch telefoonnummer in.")),
                errors);
    }

    @Test
    void meetingLastsFifteenMinutesToSixHoursAcrossMidnight() {
        SelfHelpGroup group = new SelfHelpGroup();
        String online = "https://meet.example.org/aa";
        assertEquals(List.of(), meetingErrors(meeting("23:30", "00:30", false, online), group));
        FieldError tooShortOrLong = new FieldError("endTime",
                "De eindtijd moet 15 minuten tot 6 uur na de begintijd liggen.");
        assertEquals(List.of(tooShortOrLong), meetingErrors(meeting("19:00", "19:10", false, online), group));
        assertEquals(List.of(tooShortOrLong), meetingErrors(meeting("19:00", "02:00", false, online), group));
    }

    @Test
    void meetingIsInPersonAtAPreciseAddressOrOnline() {
        SelfHelpGroup group = new SelfHelpGroup();
        assertEquals(List.of(new FieldError("inPerson",
                "De groep heeft nog geen precies adres; vul eerst de plek van de groep in.")),
                meetingErrors(meeting("19:00", "20:30", true, null), group));
        assertEquals(List.of(new FieldError("inPerson",
                "Een bijeenkomst is op locatie, online (link of inbelnummer) of allebei.")),
                meetingErrors(meeting("19:00", "20:30", false, null), group));
    }
}
