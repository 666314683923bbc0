package nl.zelfhulpwijzer.sheets;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.pdfbox.pdmodel.PDDocument;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;

/**
 * A sheet as a web page (XHTML, language nl) and as a PDF from the same page: tagged (PDF/UA structure), document
 * language nl, title in the metadata, real text in the embedded DejaVu Sans ({@link SheetFonts}).
 */
@ApplicationScoped
public class SheetRenderer {

    @Inject
    SheetFonts fonts;

    public String html(Sheet sheet) {
        return "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"nl\" xml:lang=\"nl\"><head>"
                + "<meta charset=\"utf-8\"/><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>"
                + "<title>" + Xhtml.escape(sheet.title()) + "</title>"
                + "<meta name=\"subject\" content=\"Voorlichting over zelfhulpgroepen\"/>"
                + "<meta name=\"author\" content=\"Zelfhulpwijzer\"/>"
                + "<style>" + SheetStyles.css(sheet.layout(), SheetFonts.FAMILY) + "</style></head><body><main>"
                + sheet.body() + "</main></body></html>";
    }

    public byte[] pdf(Sheet sheet) {
        return pdf(html(sheet));
    }

    /** The PDF of a page made by {@link #html(Sheet)}. */
    public byte[] pdf(String html) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.useSVGDrawer(new BatikSVGDrawer());
            builder.usePDDocument(document);
            fonts.use(builder, document);
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
