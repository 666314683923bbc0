package nl.zelfhulpwijzer.sheets.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;

import jakarta.inject.Inject;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.google.zxing.Binarizer;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.ReaderException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import nl.zelfhulpwijzer.directory.DirectoryFixtures;
import nl.zelfhulpwijzer.support.Contract;
import nl.zelfhulpwijzer.support.TestTokens;

/**
 * The client's referral sheet: a tagged Dutch PDF with embedded fonts; group, route and first meeting as real PDF
 * text; the QR code of a working check-in link only with the client's consent; never the client reference; roles and
 * other institutions. Page 1 of the sheet with consent is written to target/sheets-png/verwijzing.png for a look by eye.
 */
@QuarkusTest
class ReferralSheetResourceTest {

    private static final String INSTITUTION = "sheet-" + UUID.randomUUID();
    private static final String MEDEWERKER = TestTokens.token("mila-sheet", "Mila", INSTITUTION, "medewerker");

    @Inject
    DirectoryFixtures fixtures;

    @BeforeEach
    void directory() {
        fixtures.ensure();
    }

    @Test
    void withConsentTheSheetCarriesTheQrCodeOfAWorkingCheckinLink() throws Exception {
        String clientRef = "sheet-" + UUID.randomUUID();
        String id = referral(clientRef, true);
        byte[] pdf = sheet(MEDEWERKER, id, "pdf").then().statusCode(200).contentType("application/pdf")
                .header("Cache-Control", containsString("no-store")).extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            SheetResourceTest.assertTaggedDutchWithEmbeddedFonts(document, "verwijzing");
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("U gaat naar AA Utrecht De Bron"), text);
            assertTrue(text.contains("Iemand van de groep vertelt u meer over de groep."), text);
            assertTrue(text.contains("Elke woensdag van 19:30 tot 21:00"), text);
            assertTrue(text.contains("Scan de code met uw telefoon"), text);
            assertFalse(text.contains(clientRef), "no client reference on the sheet");
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 150);
            ImageIO.write(page, "png", Files.createDirectories(Path.of("target", "sheets-png")).resolve("verwijzing.png").toFile());
            String link = qrCode(document);
            assertTrue(link.contains("/check-in/"), link);
            String token = link.substring(link.lastIndexOf('/') + 1);
            given().get("/api/v1/check-in/" + token).then().statusCode(200);
        }
    }

    @Test
    void withoutConsentThereIsNoQrCode() throws IOException {
        String id = referral("sheet-" + UUID.randomUUID(), false);
        sheet(MEDEWERKER, id, "html").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("U gaat naar AA Utrecht De Bron")).body(not(containsString("<svg")))
                .body(not(containsString("Scan de code")));
        byte[] pdf = sheet(MEDEWERKER, id, "pdf").then().statusCode(200).extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertFalse(new PDFTextStripper().getText(document).contains("Scan de code"));
            assertEquals("nl", document.getDocumentCatalog().getLanguage());
        }
    }

    @Test
    void onlyStaffOfTheInstitutionGetTheSheet() {
        String id = referral("sheet-" + UUID.randomUUID(), true);
        given().filter(Contract.validated()).post("/api/v1/sheets/referrals/" + id).then().statusCode(401)
                .contentType("application/problem+json");
        sheet(TestTokens.token("cor-sheet", "Cor", INSTITUTION, "coordinator"), id, "html").then().statusCode(403);
        sheet(TestTokens.token("bea-sheet", "Bea", INSTITUTION, "beheerder"), id, "html").then().statusCode(403);
        sheet(TestTokens.token("mila-ander", "Ander", TestTokens.OTHER_INSTITUTION, "medewerker"), id, "pdf").then()
                .statusCode(404).contentType("application/problem+json");
        sheet(MEDEWERKER, UUID.randomUUID().toString(), "pdf").then().statusCode(404);
        sheet(MEDEWERKER, id, "docx").then().statusCode(400).contentType("application/problem+json");
        sheet(TestTokens.token("epd-sheet", "EPD", INSTITUTION, "epd"), id, "html").then().statusCode(200);
    }

    private static RequestSpecification as(String token) {
        return given().filter(Contract.validated()).header("Authorization", "Bearer " + token);
    }

    private static io.restassured.response.Response sheet(String token, String id, String format) {
        return as(token).post("/api/v1/sheets/referrals/" + id + "?formaat=" + format);
    }

    private static String referral(String clientRef, boolean consent) {
        Map<String, Object> body = new HashMap<>();
        body.put("clientRef", clientRef);
        body.put("organisationId", "aa-nederland");
        body.put("groupSlug", "test-aa-utrecht");
        body.put("meetingSlug", "test-aa-utrecht-wo");
        body.put("level", "VERWIJZING");
        body.put("treatmentPhase", "TREATMENT");
        body.put("route", "VIA_CONTACT_PERSON");
        if (consent) {
            body.put("followUpConsent", Map.of("topics", "Of de cliënt is geweest", "from", "CLIENT"));
        }
        return as(MEDEWERKER).contentType(ContentType.JSON).body(body).post("/api/v1/referrals").then().statusCode(201)
                .extract().path("id");
    }

    /**
     * The text of the QR code on the first page. ZXing's detector misses about one in a hundred of these codes at any
     * one sampling of the page (measured over 600 random check-in links; a phone camera reads many frames), so the
     * page is read at two resolutions with two binarizers before the test concludes there is no readable code.
     */
    private static String qrCode(PDDocument document) throws Exception {
        PDFRenderer renderer = new PDFRenderer(document);
        ReaderException last = null;
        for (int dpi : new int[] {150, 200}) {
            BufferedImage page = renderer.renderImageWithDPI(0, dpi);
            int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
            var source = new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels);
            for (Binarizer binarizer : List.of(new HybridBinarizer(source), new GlobalHistogramBinarizer(source))) {
                try {
                    return new QRCodeReader().decode(new BinaryBitmap(binarizer), Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
                            .getText();
                } catch (ReaderException e) {
                    last = e;
                }
            }
        }
        throw new AssertionError("no readable QR code on the sheet", last);
    }
}
