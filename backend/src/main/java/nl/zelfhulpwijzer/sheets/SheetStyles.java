package nl.zelfhulpwijzer.sheets;

/** The print styles per layout: A4, high contrast; easy read and poster in large type. */
final class SheetStyles {

    private SheetStyles() {
    }

    static String css(Sheet.Layout layout, String font) {
        String base = "@page { size: A4; margin: 18mm; } body { font-family: '" + font + "'; color: #000; "
                + "line-height: 1.45; } h1 { font-size: 22pt; margin: 0 0 4mm; } h2 { font-size: 15pt; margin: 6mm 0 2mm; } "
                + ".warning { border: 2pt solid #b00020; padding: 3mm; font-weight: bold; } "
                + ".checked { color: #333; } .source { font-size: 8pt; color: #333; } "
                + ".sos { border: 3pt solid #000; padding: 4mm; margin-top: 6mm; page-break-inside: avoid; } "
                + ".row { margin: 3mm 0; } .row svg { vertical-align: middle; margin-right: 4mm; } ";
        return base + switch (layout) {
            case STANDARD -> "body { font-size: 11pt; }";
            case EASY -> "body { font-size: 18pt; } h1 { font-size: 28pt; } h2 { font-size: 22pt; } p { margin: 0 0 3mm; }";
            case POSTER -> "body { font-size: 16pt; } h1 { font-size: 36pt; } .qr { text-align: center; margin-top: 8mm; }";
        };
    }
}
