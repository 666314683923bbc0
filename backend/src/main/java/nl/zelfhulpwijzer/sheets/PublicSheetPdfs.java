package nl.zelfhulpwijzer.sheets;

import java.time.Clock;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import nl.zelfhulpwijzer.directory.DirectoryVersion;

/**
 * Keeps the PDFs of the public sheets, as the directory keeps its public searches: per request, minute (a sheet lists
 * the next meetings from now), directory version and sheet text version, so a change to either is printed from the
 * next request on, on every instance. Rendering a PDF costs tens of milliseconds of CPU; a waiting-room printer or a
 * link shared in a team asks for the same sheet again and again. Never for the referral sheet: that one is personal.
 */
@ApplicationScoped
public class PublicSheetPdfs {

    private static final int KEPT = 128;

    private record Key(String request, long minute, long directoryVersion, int textsVersion) {
    }

    @Inject
    SheetRenderer renderer;

    @Inject
    DirectoryVersion directoryVersion;

    @Inject
    SheetTexts texts;

    @Inject
    Clock clock;

    // least recently used first, so the sheets of past minutes leave first
    private final Map<Key, byte[]> kept = Collections.synchronizedMap(new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, byte[]> eldest) {
            return size() > KEPT;
        }
    });

    /** The PDF of the public sheet that {@code request} (path and sorted query) asks for; built only when not kept. */
    public byte[] pdf(String request, Supplier<Sheet> build) {
        // the versions are read before the sheet is built, so a kept PDF never predates the versions it is kept under
        Key key = new Key(request, Math.floorDiv(clock.millis(), 60_000), directoryVersion.current(), texts.publishedNumber());
        byte[] pdf = kept.get(key);
        if (pdf == null) {
            pdf = renderer.pdf(build.get());
            kept.put(key, pdf);
        }
        return pdf;
    }
}
