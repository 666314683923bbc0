package nl.zelfhulpwijzer.audit;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Retention of the audit log (zhw.audit.retention.*). */
@ConfigMapping(prefix = "zhw.audit.retention")
public interface AuditRetentionConfig {

    /** How long an audit event is kept: five years (NEN 7513 asks at least as long as the data it is about). */
    @WithDefault("P1826D")
    Duration period();
}
