package nl.zelfhulpwijzer.interop.fhir;

import java.time.Instant;
import java.util.Date;

import org.hl7.fhir.r4.model.Meta;

/** Version, time of change and the demo label of a directory record. */
final class FhirMeta {

    private FhirMeta() {
    }

    /** {@code version} null: the record keeps no version of its own. */
    static Meta of(Integer version, Instant changed, boolean demo) {
        Meta meta = new Meta();
        if (version != null) {
            meta.setVersionId(version.toString());
        }
        if (changed != null) {
            meta.setLastUpdated(Date.from(changed));
        }
        if (demo) {
            meta.addTag(FhirCodes.demoTag());
        }
        return meta;
    }
}
