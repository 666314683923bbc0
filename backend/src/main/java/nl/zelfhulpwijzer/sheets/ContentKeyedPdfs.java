package nl.zelfhulpwijzer.sheets;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import nl.zelfhulpwijzer.common.security.Sha256;

/**
 * PDFs kept by the SHA-256 of the page they were rendered from: the PDF is a function of that page alone (fonts and
 * styles are fixed in the code), so a kept PDF is certain to show what a fresh one would. At most {@code maxBytes} of
 * PDF are kept in all, the least recently used leaving first; a PDF larger than that is never kept.
 */
final class ContentKeyedPdfs {

    private final long maxBytes;
    private long bytes;
    private final LinkedHashMap<String, byte[]> kept = new LinkedHashMap<>(16, 0.75f, true);

    ContentKeyedPdfs(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The PDF of {@code html}: the kept one, or {@code render} applied to it (outside the lock) and then kept. */
    byte[] pdf(String html, Function<String, byte[]> render) {
        String key = Sha256.hex(html);
        synchronized (this) {
            byte[] pdf = kept.get(key);
            if (pdf != null) {
                return pdf;
            }
        }
        byte[] pdf = render.apply(html);
        keep(key, pdf);
        return pdf;
    }

    synchronized long bytes() {
        return bytes;
    }

    synchronized int size() {
        return kept.size();
    }

    private synchronized void keep(String key, byte[] pdf) {
        if (pdf.length > maxBytes) {
            return;
        }
        byte[] previous = kept.put(key, pdf);
        bytes += pdf.length - (previous == null ? 0 : previous.length);
        var eldest = kept.entrySet().iterator();
        while (bytes > maxBytes) {
            Map.Entry<String, byte[]> out = eldest.next();
            bytes -= out.getValue().length;
            eldest.remove();
        }
    }
}
