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

    private static SheetFormat parse(String raw) {
        if (raw == null || raw.equals("html")) {
            return HTML;
        }
        if (raw.equals("pdf")) {
            return PDF;
        }
        throw new InvalidInput(List.of(new FieldError("formaat", "Kies 'html' of 'pdf'.")));
    }

    /** The one answer of every sheet endpoint: the format is checked before the sheet is built, then rendered in it. */
    static Response respond(String format, Supplier<Sheet> build, SheetRenderer renderer, String fileName) {
        SheetFormat sheetFormat = parse(format);
        Sheet sheet = build.get();
        return sheetFormat == PDF
                ? Response.ok(renderer.pdf(sheet), PDF_TYPE)
                        .header("Content-Disposition", "inline; filename=\"" + fileName + ".pdf\"").build()
                : Response.ok(renderer.html(sheet), MediaType.TEXT_HTML + ";charset=utf-8").build();
    }
}
