package nl.zelfhulpwijzer.common.problem;

import java.util.Locale;
import java.util.Set;

/** Field names that carry personal data (Dutch and English), which no request of this API may contain. */
final class PersonalDataFields {

    private static final Set<String> NAMES = Set.of(
            "name", "firstname", "lastname", "fullname", "surname", "givenname", "familyname", "initials",
            "naam", "voornaam", "achternaam", "voorletters", "clientname", "clientnaam",
            "bsn", "burgerservicenummer", "citizenservicenumber", "ssn",
            "birthdate", "dateofbirth", "dob", "geboortedatum",
            "address", "adres", "street", "straat", "housenumber", "huisnummer", "postalcode", "postcode", "zipcode",
            "city", "woonplaats",
            "phone", "phonenumber", "telephone", "telefoon", "telefoonnummer", "mobile", "mobiel",
            "email", "emailaddress", "mail", "emailadres");

    private PersonalDataFields() {
    }

    /** {@code birth_date}, {@code birthDate} and {@code BirthDate} are all the same field. */
    static boolean isPersonal(String field) {
        return field != null && NAMES.contains(field.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", ""));
    }
}
