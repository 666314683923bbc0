package nl.zelfhulpwijzer.directory;

import java.time.ZoneId;

/** Countries the directory covers (the seeds are Dutch and Flemish), each with its time zone. */
public enum Country {
    NL("Europe/Amsterdam"), BE("Europe/Brussels");

    private final ZoneId zone;

    Country(String zone) {
        this.zone = ZoneId.of(zone);
    }

    public ZoneId zone() {
        return zone;
    }
}
