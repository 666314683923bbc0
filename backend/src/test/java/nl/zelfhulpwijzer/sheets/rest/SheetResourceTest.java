package nl.zelfhulpwijzer.sheets.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import jakarta.inject.Inject;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import nl.zelfhulpwijzer.directory.DirectoryFixtures;
import nl.zelfhulpwijzer.sheets.EasyReadRules;
import nl.zelfhulpwijzer.support.Contract;
import nl.zelfhulpwijzer.support.TestTokens;

/**
 * Every sheet kind as a PDF: language nl, tagged, every font embedded, the expected real text; the easy-read rule on the
 * generated text; the web pages; refused input; the roles of the text editing. Page 1 of each PDF is also rendered to
 * target/sheets-png/ for a look by eye.
 */
@QuarkusTest
class SheetResourceTest {

    /** Every kind with a sentence its PDF must contain. */
    static final Map<String, String> KINDS = Map.of(
            "groep", "/api/v1/sheets/groups/test-aa-utrecht",
            "groep-makkelijk", "/api/v1/sheets/groups/test-aa-utrecht?variant=makkelijk",
            "organisatie", "/api/v1/sheets/organisations/al-anon",
            "familie", "/api/v1/sheets/family?plaats=Amersfoort",
            "poster", "/api/v1/sheets/poster?plaats=Utrecht",
            "werkblad", "/api/v1/sheets/pathways/algemeen/steps/wachtruimte-materiaal");

    static final Map<String, String> EXPECTED = Map.of(
            "groep", "Gecontroleerd op",
            "groep-makkelijk", "Wie bel ik?",
            "organisatie", "Al-Anon Amersfoort",
            "familie", "Groepen voor familie",
            "poster", "AA Utrecht De Bron",
            "werkblad", "Wat te doen");

    @Inject
    DirectoryFixtures fixtures;

    @BeforeEach
    void directory() {
        fixtures.ensure();
    }

    static RequestSpecification api() {
        return given().filter(Contract.validated());
    }

    @Test
    void everyKindIsATaggedDutchPdfWithEmbeddedFontsAndRealText() throws IOException {
        Path png = Files.createDirectories(Path.of("target", "sheets-png"));
        for (var kind : KINDS.entrySet()) {
            byte[] pdf = api().get(kind.getValue() + (kind.getValue().contains("?") ? "&" : "?") + "formaat=pdf").then()
                    .statusCode(200).contentType("application/pdf").extract().asByteArray();
            try (PDDocument document = Loader.loadPDF(pdf)) {
                assertTaggedDutchWithEmbeddedFonts(document, kind.getKey());
                String text = new PDFTextStripper().getText(document);
                assertTrue(text.contains(EXPECTED.get(kind.getKey())), kind.getKey() + ": " + text);
                BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 60);
                ImageIO.write(page, "png", png.resolve(kind.getKey() + ".png").toFile());
            }
        }
    }

    @Test
    void theGroupSheetSaysWhenItWasCheckedWarnsThatTheDataAreOldAndListsTheNextMeetings() throws IOException {
        String text = pdfText("/api/v1/sheets/groups/test-aa-utrecht?formaat=pdf");
        assertTrue(text.contains("Gecontroleerd op"), text);
        assertTrue(text.contains("Let op: deze gegevens zijn al lang niet gecontroleerd."), text);
        assertTrue(text.contains("De volgende bijeenkomsten"), text);
        assertTrue(text.contains("Elke woensdag van 19:30 tot 21:00"), text);
    }

    @Test
    void theEasyReadSheetKeepsEverySentenceShort() throws IOException {
        String text = pdfText("/api/v1/sheets/groups/test-aa-utrecht?variant=makkelijk&formaat=pdf");
        assertTrue(EasyReadRules.longestSentence(text) <= EasyReadRules.MAX_WORDS, text);
        assertTrue(text.contains("Bel 112."), text);
        // The group has no phone of its own: "bel dan dit nummer" is followed by its organisation's number.
        assertTrue(text.contains("Bel dan dit nummer.\n010 243 01 75"), text);
    }

    @Test
    void theFamilySheetLeadsWithTheFamilyGroupsThenTheHomeAdvice() throws IOException {
        String text = pdfText("/api/v1/sheets/family?plaats=Amersfoort&formaat=pdf");
        int family = text.indexOf("Groepen voor familie");
        int home = text.indexOf("Thuis: waar let u op?");
        assertTrue(family >= 0 && home > family, text);
        assertTrue(text.contains("Al-Anon"), text);
        assertTrue(text.contains("Al-Anon Amersfoort"), text);
    }

    @Test
    void aSheetIsAlsoADutchWebPage() {
        var page = api().get("/api/v1/sheets/groups/test-aa-utrecht").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("lang=\"nl\"")).body(containsString("AA Utrecht De Bron")).extract().headers();
        // The web client frames the sheet to print it: its own origin may, nobody else; and no stricter second policy.
        assertEquals(List.of(SheetFormat.HTML_POLICY), page.getValues("Content-Security-Policy"));
        assertEquals(List.of("SAMEORIGIN"), page.getValues("X-Frame-Options"));
        api().get("/api/v1/sheets/poster?plaats=Utrecht").then().statusCode(200)
                .body(containsString("<svg")).body(containsString("/bijeenkomsten?place=Utrecht"));
        api().get("/api/v1/sheets/poster?plaats='s-Hertogenbosch").then().statusCode(200)
                .body(containsString("Zelfhulpgroepen in 's-Hertogenbosch"));
    }

    @Test
    void unknownThingsAreNotFoundAndBadInputIsRefused() {
        api().get("/api/v1/sheets/groups/bestaat-niet").then().statusCode(404).contentType("application/problem+json");
        api().get("/api/v1/sheets/organisations/bestaat-niet").then().statusCode(404);
        api().get("/api/v1/sheets/pathways/algemeen/steps/bestaat-niet").then().statusCode(404);
        api().get("/api/v1/sheets/groups/test-aa-utrecht?formaat=docx").then().statusCode(400)
                .contentType("application/problem+json");
        api().get("/api/v1/sheets/groups/test-aa-utrecht?variant=klein").then().statusCode(400);
        api().get("/api/v1/sheets/poster").then().statusCode(400);
        api().get("/api/v1/sheets/poster?plaats=<script>").then().statusCode(400);
        api().get("/api/v1/sheets/poster?plaats=''").then().statusCode(400);
    }

    @Test
    void onlyCoordinatorsSeeAndEditTheTexts() {
        api().get("/api/v1/sheets/texts/versions").then().statusCode(401);
        api().header("Authorization", "Bearer " + TestTokens.medewerker()).get("/api/v1/sheets/texts/versions").then()
                .statusCode(403);
        api().header("Authorization", "Bearer " + TestTokens.beheerder()).post("/api/v1/sheets/texts/versions").then()
                .statusCode(403);
        api().header("Authorization", "Bearer " + TestTokens.coordinator()).get("/api/v1/sheets/texts/versions").then()
                .statusCode(200).body("[0].texts.find { it.key == 'easy.sos' }.document", equalTo("004_9366bc2566e26373.txt"));
    }

    /** Discards a draft another test left open (the authorization matrix creates one), so this test starts clean. */
    private static void discardOpenDraft(String coordinator) {
        List<Integer> drafts = api().header("Authorization", coordinator).get("/api/v1/sheets/texts/versions").then()
                .statusCode(200).extract().path("findAll { it.status == 'DRAFT' }.number");
        for (int number : drafts) {
            String url = "/api/v1/sheets/texts/versions/" + number;
            String etag = api().header("Authorization", coordinator).get(url).then().statusCode(200).extract().header("ETag");
            api().header("Authorization", coordinator).header("If-Match", etag).delete(url).then().statusCode(204);
        }
    }

    @Test
    void aCoordinatorPublishesNewTextsButNoLongEasyReadSentence() {
        String coordinator = "Bearer " + TestTokens.coordinator();
        discardOpenDraft(coordinator);
        var draft = api().header("Authorization", coordinator).post("/api/v1/sheets/texts/versions").then().statusCode(201)
                .extract();
        int number = draft.path("number");
        String url = "/api/v1/sheets/texts/versions/" + number;
        String etag = api().header("Authorization", coordinator).header("If-Match", draft.header("ETag"))
                .contentType("application/json")
                .body(Map.of("text", "Dit is een hele lange zin die veel te veel woorden heeft voor makkelijk lezen.",
                        "document", "003_402bb011c7234146.txt", "section", "Deelnemerswerkboek"))
                .put(url + "/texts/easy.when").then().statusCode(200).extract().header("ETag");
        api().header("Authorization", coordinator).header("If-Match", etag).post(url + "/publish").then().statusCode(422)
                .contentType("application/problem+json");
        etag = api().header("Authorization", coordinator).header("If-Match", etag).contentType("application/json")
                .body(Map.of("text", "Hier praten we samen.", "document", "003_402bb011c7234146.txt", "section", "Deelnemerswerkboek"))
                .put(url + "/texts/easy.when").then().statusCode(200).extract().header("ETag");
        api().header("Authorization", coordinator).contentType("application/json")
                .body(Map.of("text", "Zonder If-Match.", "document", "d", "section", "s"))
                .put(url + "/texts/easy.when").then().statusCode(428);
        api().header("Authorization", coordinator).header("If-Match", etag).post(url + "/publish").then().statusCode(200)
                .body("status", equalTo("PUBLISHED"));
        api().get("/api/v1/sheets/groups/test-aa-utrecht?variant=makkelijk").then().statusCode(200)
                .body(containsString("Hier praten we samen."));
    }

    private static String pdfText(String url) throws IOException {
        byte[] pdf = api().get(url).then().statusCode(200).extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** Document language nl, tagged (a structure tree, marked content) and every font embedded. */
    static void assertTaggedDutchWithEmbeddedFonts(PDDocument document, String kind) throws IOException {
        assertEquals("nl", document.getDocumentCatalog().getLanguage(), kind);
        assertNotNull(document.getDocumentCatalog().getStructureTreeRoot(), kind + " is tagged");
        assertTrue(document.getDocumentCatalog().getMarkInfo().isMarked(), kind);
        assertEquals(List.of(), notEmbedded(document), kind);
    }

    private static List<String> notEmbedded(PDDocument document) throws IOException {
        List<String> missing = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            for (COSName name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                if (!font.isEmbedded()) {
                    missing.add(font.getName());
                }
            }
        }
        return missing;
    }
}
