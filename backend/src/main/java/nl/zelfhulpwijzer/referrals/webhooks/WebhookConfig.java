package nl.zelfhulpwijzer.referrals.webhooks;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the webhook push (zhw.webhooks.*). */
@ConfigMapping(prefix = "zhw.webhooks")
public interface WebhookConfig {

    /** Plain http to this machine allowed as endpoint (development and tests only). */
    @WithDefault("false")
    boolean allowLocalHttp();

    @WithDefault("8")
    int maxAttempts();

    @WithDefault("PT30S")
    Duration firstRetry();

    @WithDefault("PT6H")
    Duration maxRetry();

    /** How long one attempt may take (connect and answer). */
    @WithDefault("PT10S")
    Duration timeout();

    /** Notifications one dispatcher run claims at a time. */
    @WithDefault("20")
    int batchSize();

    default RetryPolicy retryPolicy() {
        return new RetryPolicy(maxAttempts(), firstRetry(), maxRetry());
    }
}
