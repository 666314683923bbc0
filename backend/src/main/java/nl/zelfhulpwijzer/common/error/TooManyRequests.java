package nl.zelfhulpwijzer.common.error;

/** Too many requests in a short time from one caller or for one thing; try again after {@link #retryAfterSeconds()}. */
public class TooManyRequests extends DomainException {

    private final long retryAfterSeconds;

    public TooManyRequests(long retryAfterSeconds) {
        super("U heeft dit te vaak geprobeerd. Probeer het over een paar minuten opnieuw.");
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
