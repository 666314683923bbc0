package nl.zelfhulpwijzer.common.versioning;

/**
 * Fired (CDI event) by a content kind's service when it publishes version {@code number} of {@code kind}; observers
 * that keep the newest publication in memory ({@link NewestPublication}) drop it once the transaction has committed.
 */
public record VersionPublished(String kind, int number) {
}
