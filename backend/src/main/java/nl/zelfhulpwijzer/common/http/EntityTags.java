package nl.zelfhulpwijzer.common.http;

/** Helpers for entity tags that resources hand to {@code Response.tag(...)}. */
public final class EntityTags {

    private EntityTags() {
    }

    /** JAX-RS adds the quotes of an entity tag itself, so a tag kept with quotes is passed on without them. */
    public static String unquoted(String etag) {
        return etag.substring(1, etag.length() - 1);
    }
}
