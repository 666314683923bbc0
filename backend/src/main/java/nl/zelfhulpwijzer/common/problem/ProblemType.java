package nl.zelfhulpwijzer.common.problem;

/** The stable problem types of this API, each with its Dutch title. */
public enum ProblemType {
    BAD_REQUEST("bad-request", 400, "Ongeldig verzoek"),
    VALIDATION("validation", 400, "Ongeldige invoer"),
    UNAUTHORIZED("unauthorized", 401, "Niet ingelogd"),
    FORBIDDEN("forbidden", 403, "Geen toegang"),
    NOT_FOUND("not-found", 404, "Niet gevonden"),
    METHOD_NOT_ALLOWED("method-not-allowed", 405, "Methode niet toegestaan"),
    NOT_ACCEPTABLE("not-acceptable", 406, "Formaat niet beschikbaar"),
    CONFLICT("conflict", 409, "Conflict"),
    PRECONDITION_FAILED("precondition-failed", 412, "Gegevens zijn intussen gewijzigd"),
    PRECONDITION_REQUIRED("precondition-required", 428, "Versie ontbreekt"),
    PAYLOAD_TOO_LARGE("payload-too-large", 413, "Verzoek te groot"),
    URI_TOO_LONG("uri-too-long", 414, "Adres te lang"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415, "Formaat niet ondersteund"),
    UNPROCESSABLE("unprocessable", 422, "Verzoek kan niet worden verwerkt"),
    TOO_MANY_REQUESTS("too-many-requests", 429, "Te veel verzoeken"),
    HEADERS_TOO_LARGE("headers-too-large", 431, "Kopregels te groot"),
    INTERNAL("internal", 500, "Er ging iets mis"),
    UNAVAILABLE("unavailable", 503, "Tijdelijk niet beschikbaar");

    private static final String BASE = "https://zelfhulpwijzer.nl/problems/";

    private final String slug;
    private final int status;
    private final String title;

    ProblemType(String slug, int status, String title) {
        this.slug = slug;
        this.status = status;
        this.title = title;
    }

    public String uri() {
        return BASE + slug;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** The general type for a status that no more specific exception described. */
    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status && type != VALIDATION) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL : BAD_REQUEST;
    }
}
