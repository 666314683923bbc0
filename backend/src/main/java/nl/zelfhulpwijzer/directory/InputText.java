package nl.zelfhulpwijzer.directory;

import java.util.List;

/** How write requests' free text and code lists are stored: stripped, blank as null, codes once each. */
final class InputText {

    private InputText() {
    }

    static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static String[] names(List<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).distinct().toArray(String[]::new);
    }
}
