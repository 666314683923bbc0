package nl.zelfhulpwijzer.sheets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

class ContentKeyedPdfsTest {

    private final List<String> rendered = new ArrayList<>();

    private final Function<String, byte[]> render = html -> {
        rendered.add(html);
        return ("pdf of " + html).getBytes(StandardCharsets.UTF_8);
    };

    @Test
    void theSamePageIsRenderedOnceAndAnyChangeIsRenderedAfresh() {
        ContentKeyedPdfs pdfs = new ContentKeyedPdfs(1024);
        byte[] first = pdfs.pdf("<p>AA Utrecht, dinsdag 20:00</p>", render);
        assertSame(first, pdfs.pdf("<p>AA Utrecht, dinsdag 20:00</p>", render));
        byte[] changed = pdfs.pdf("<p>AA Utrecht, woensdag 20:00</p>", render);
        assertArrayEquals("pdf of <p>AA Utrecht, woensdag 20:00</p>".getBytes(StandardCharsets.UTF_8), changed);
        assertEquals(List.of("<p>AA Utrecht, dinsdag 20:00</p>", "<p>AA Utrecht, woensdag 20:00</p>"), rendered);
    }

    @Test
    void keepsAtMostTheBoundLeastRecentlyUsedLeavingFirst() {
        // each PDF is "pdf of " (7 bytes) plus the page (3 bytes): 10 bytes, so three fit in 30
        ContentKeyedPdfs pdfs = new ContentKeyedPdfs(30);
        pdfs.pdf("<a>", render);
        pdfs.pdf("<b>", render);
        pdfs.pdf("<c>", render);
        pdfs.pdf("<a>", render);
        pdfs.pdf("<d>", render);
        assertEquals(3, pdfs.size());
        assertEquals(30, pdfs.bytes());
        pdfs.pdf("<a>", render);
        pdfs.pdf("<b>", render);
        assertEquals(List.of("<a>", "<b>", "<c>", "<d>", "<b>"), rendered);
    }

    @Test
    void aPdfLargerThanTheBoundIsNeverKept() {
        ContentKeyedPdfs pdfs = new ContentKeyedPdfs(5);
        pdfs.pdf("<a>", render);
        pdfs.pdf("<a>", render);
        assertEquals(0, pdfs.size());
        assertEquals(List.of("<a>", "<a>"), rendered);
    }
}
