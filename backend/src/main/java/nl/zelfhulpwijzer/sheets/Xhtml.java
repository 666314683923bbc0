package nl.zelfhulpwijzer.sheets;

import java.util.List;

/** Builds the XHTML body of a sheet; every text passes {@link #text} so data never becomes markup. */
final class Xhtml {

    private final StringBuilder out = new StringBuilder();

    static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    Xhtml open(String tag, String cssClass) {
        out.append('<').append(tag).append(cssClass == null ? "" : " class=\"" + cssClass + "\"").append('>');
        return this;
    }

    Xhtml close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    Xhtml element(String tag, String text) {
        return element(tag, null, text);
    }

    Xhtml element(String tag, String cssClass, String text) {
        return open(tag, cssClass).text(text).close(tag);
    }

    Xhtml text(String text) {
        out.append(escape(text));
        return this;
    }

    /** Markup made by this feature (icons, QR codes), never data. */
    Xhtml raw(String markup) {
        out.append(markup);
        return this;
    }

    /** Each line of a versioned text as its own paragraph: one idea per line. */
    Xhtml lines(String text, String cssClass) {
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                element("p", cssClass, line.strip());
            }
        }
        return this;
    }

    Xhtml list(List<String> items) {
        if (!items.isEmpty()) {
            open("ul", null);
            items.forEach(item -> element("li", item));
            close("ul");
        }
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
