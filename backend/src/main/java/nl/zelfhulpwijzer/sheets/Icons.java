package nl.zelfhulpwijzer.sheets;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The pictograms of the easy-read sheets: Lucide icons (ISC licence, resources/sheets/icons/LICENSE), inline SVG so the
 * browser and the PDF renderer draw the same vector.
 */
final class Icons {

    enum Icon {
        WHEN("clock"), WHERE("map-pin"), CALL("phone"), WHO("users");

        final String file;

        Icon(String file) {
            this.file = file;
        }
    }

    private static final Map<Icon, String> SVG = new ConcurrentHashMap<>();

    private Icons() {
    }

    /** The icon as a decorative inline SVG (the text next to it says the same), sized by the sheet's CSS. */
    static String svg(Icon icon) {
        return SVG.computeIfAbsent(icon, Icons::load);
    }

    private static String load(Icon icon) {
        try (InputStream in = Icons.class.getResourceAsStream("/sheets/icons/" + icon.file + ".svg")) {
            String svg = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return svg.replaceAll("(?s)<!--.*?-->", "").strip()
                    .replaceFirst("<svg", "<svg aria-hidden=\"true\"")
                    .replace("width=\"24\"", "width=\"48\"").replace("height=\"24\"", "height=\"48\"")
                    .replace("currentColor", "#000000");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
