package nl.zelfhulpwijzer.directory;

import java.time.Period;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the directory. */
@ConfigMapping(prefix = "directory")
public interface DirectoryConfig {

    /** After this period without a human check, a group is flagged for coordinators and marked to the public. */
    @WithDefault("P6M")
    Period reverifyAfter();

    /** Public reads may be cached this many seconds (Cache-Control max-age). */
    @WithDefault("60")
    int publicMaxAgeSeconds();

    /** Memory for the search answers the server keeps (per query, minute and directory version); 0 keeps none. */
    @WithDefault("33554432")
    long serverCacheBytes();

    /** Reports of wrong information per client address and ten minutes, over all groups (counted in PostgreSQL). */
    @WithDefault("20")
    int reportsPerAddressPerTenMinutes();
}
