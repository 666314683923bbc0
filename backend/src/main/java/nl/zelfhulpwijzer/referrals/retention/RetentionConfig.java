package nl.zelfhulpwijzer.referrals.retention;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Retention of referrals (zhw.referrals.retention.*). */
@ConfigMapping(prefix = "zhw.referrals.retention")
public interface RetentionConfig {

    /** How long after closure a referral keeps its client reference and free text. */
    @WithDefault("P365D")
    Duration afterClosure();

    /** Referrals anonymised per transaction, so one run never holds many rows locked. */
    @WithDefault("500")
    int batchSize();
}
