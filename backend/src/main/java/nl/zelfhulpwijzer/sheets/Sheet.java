package nl.zelfhulpwijzer.sheets;

/**
 * A rendered sheet before it becomes a page or a PDF: its title, its layout ({@code standard}, {@code easy} with large
 * type, {@code poster}) and its body as XHTML (escaped by {@link Xhtml}).
 */
public record Sheet(String title, Layout layout, String body) {

    public enum Layout {
        STANDARD, EASY, POSTER
    }
}
