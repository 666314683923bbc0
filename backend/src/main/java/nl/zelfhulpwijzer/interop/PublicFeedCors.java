package nl.zelfhulpwijzer.interop;

import jakarta.enterprise.event.Observes;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;

/**
 * Public feeds may be read from any web site (CORS {@code *}), while the rest of the API only allows the web
 * client's origin. This route runs before the global CORS filter: it answers preflights itself, and for other
 * requests it drops the Origin header (so the global filter leaves them alone) and adds
 * {@code Access-Control-Allow-Origin: *}. Feeds are read-only and need no credentials.
 */
public class PublicFeedCors {

    public static final String PREFIX = "/api/v1/feeds/";

    void register(@Observes Router router) {
        router.route(PREFIX + "*").order(Integer.MIN_VALUE).handler(ctx -> {
            if (ctx.request().method() == HttpMethod.OPTIONS) {
                ctx.response().setStatusCode(204)
                        .putHeader("Access-Control-Allow-Origin", "*")
                        .putHeader("Access-Control-Allow-Methods", "GET, OPTIONS")
                        .putHeader("Access-Control-Allow-Headers", "If-None-Match")
                        .putHeader("Access-Control-Max-Age", "86400")
                        .end();
                return;
            }
            ctx.request().headers().remove("Origin");
            ctx.response().putHeader("Access-Control-Allow-Origin", "*");
            ctx.response().putHeader("Access-Control-Expose-Headers", "ETag");
            ctx.next();
        });
    }
}
