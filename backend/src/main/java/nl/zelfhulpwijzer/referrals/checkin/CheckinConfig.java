package nl.zelfhulpwijzer.referrals.checkin;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the client's check-in link (zhw.checkin.*). */
@ConfigMapping(prefix = "zhw.checkin")
public interface CheckinConfig {

    /** How long a new link works (never beyond the end of the follow-up consent). */
    @WithDefault("P30D")
    Duration validFor();

    /** How many answers one link takes (a client may correct "nog niet" later). */
    @WithDefault("3")
    int maxUses();

    /** The web client's check-in page; the token is appended. */
    String pageUrl();

    /** Requests per link and hour. */
    @WithDefault("20")
    int perLinkPerHour();

    /** Requests per client address and ten minutes, over all links. */
    @WithDefault("30")
    int perAddressPerTenMinutes();
}
