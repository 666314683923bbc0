package nl.zelfhulpwijzer.sheets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Keeps the PDFs of the public sheets by what they show: the sheet is built afresh on every request (a few queries)
 * and its page hashed, so a change to the directory, the texts or the next meetings is printed at once, and a kept PDF
 * is identical to a fresh one. Rendering a PDF costs tens of milliseconds of CPU; a waiting-room printer or a link
 * shared in a team asks for the same sheet again and again. At most {@link #KEPT_BYTES} are kept. Never for the
 * referral sheet: that one is personal.
 */
@ApplicationScoped
public class PublicSheetPdfs {

    static final long KEPT_BYTES = 32L * 1024 * 1024;

    @Inject
    SheetRenderer renderer;

    private final ContentKeyedPdfs kept = new ContentKeyedPdfs(KEPT_BYTES);

    /** The PDF of a public sheet; rendered only when no PDF of the very same page is kept. */
    public byte[] pdf(Sheet sheet) {
        return kept.pdf(renderer.html(sheet), renderer::pdf);
    }
}
