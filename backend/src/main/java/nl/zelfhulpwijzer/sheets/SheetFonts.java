package nl.zelfhulpwijzer.sheets;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.CacheStore;

/**
 * DejaVu Sans, parsed once for all PDFs: parsing the font files on every request cost about a third of a sheet's
 * render time. Fontbox's TrueTypeFont may be shared between threads (its table reads are locked); each PDF embeds
 * its own subset. The font metrics openhtmltopdf derives are kept too.
 */
@ApplicationScoped
public class SheetFonts {

    static final String FAMILY = "DejaVu Sans";

    @Inject
    SheetsConfig config;

    private final Map<String, FSCacheValue> metrics = new ConcurrentHashMap<>();
    private TrueTypeFont regular;
    private TrueTypeFont bold;

    @PostConstruct
    void load() {
        regular = parse("DejaVuSans.ttf");
        bold = parse("DejaVuSans-Bold.ttf");
    }

    @PreDestroy
    void close() throws IOException {
        regular.close();
        bold.close();
    }

    /** Adds both weights to a PDF being built into {@code document}. */
    void use(PdfRendererBuilder builder, PDDocument document) throws IOException {
        builder.useFont(new PDFontSupplier(PDType0Font.load(document, regular, true)), FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(new PDFontSupplier(PDType0Font.load(document, bold, true)), FAMILY, 700, FontStyle.NORMAL, true);
        builder.useCacheStore(CacheStore.PDF_FONT_METRICS, new MetricsCache());
    }

    private TrueTypeFont parse(String file) {
        try {
            return new TTFParser().parse(new RandomAccessReadBufferedFile(new File(config.fontDirectory(), file)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + file + " in " + config.fontDirectory(), e);
        }
    }

    /** openhtmltopdf's cache interface over the shared map. */
    private final class MetricsCache implements FSCacheEx<String, FSCacheValue> {

        @Override
        public void put(String key, FSCacheValue value) {
            metrics.put(key, value);
        }

        @Override
        public FSCacheValue get(String key, Callable<? extends FSCacheValue> loader) {
            return metrics.computeIfAbsent(key, k -> {
                try {
                    return loader.call();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        }

        @Override
        public FSCacheValue get(String key) {
            return metrics.get(key);
        }
    }
}
