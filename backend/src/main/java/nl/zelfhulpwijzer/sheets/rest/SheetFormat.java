package nl.zelfhulpwijzer.sheets.rest;

import java.util.List;
import java.util.function.Supplier;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import nl.zelfhulpwijzer.common.error.FieldError;
import nl.zelfhulpwijzer.common.error.InvalidInput;
import nl.zelfhulpwijzer.sheets.Sheet;
import nl.zelfhulpwijzer.sheets.SheetRenderer;

/** The two forms of every sheet: a web page ({@code formaat=html}, the default) or a PDF ({@code formaat=pdf}). */
enum SheetFormat {
    HTML, PDF;

    static final String PDF_TYPE = "application/pdf";

    /**
     * The web sheet is a page of its own that the web client shows in a frame (to print it): unlike the API's JSON,
     * it may be framed by its own origin and needs its inline styles; nothing else may load.
     */
    static final String HTML_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
            + "frame-ancestors 'self'; base-uri 'none'; form-action 'none'";

    private static SheetFormat parse(String raw) {
        if (raw == null || raw.equals("html")) {
            return HTML;
        }
        if (raw.equals("pdf")) {
            return PDF;
        }
        throw new InvalidInput(List.of(new FieldError("formaat", "Kies 'html' of 'pdf'.")));
    }

    /** How a sheet becomes a PDF: rendered afresh, or kept (the public sheets). */
    interface PdfSource {
        byte[] pdf(Supplier<Sheet> build);
    }

    /** The one answer of every sheet endpoint: the format is checked before the sheet is built, then rendered in it. */
    static Response respond(String format, Supplier<Sheet> build, SheetRenderer renderer, PdfSource pdf, String fileName) {
        return parse(format) == PDF
                ? Response.ok(pdf.pdf(build), PDF_TYPE)
                        .header("Content-Disposition", "inline; filename=\"" + fileName + ".pdf\"").build()
                : Response.ok(renderer.html(build.get()), MediaType.TEXT_HTML + ";charset=utf-8")
                        .header("Content-Security-Policy", HTML_POLICY).header("X-Frame-Options", "SAMEORIGIN").build();
    }
}
