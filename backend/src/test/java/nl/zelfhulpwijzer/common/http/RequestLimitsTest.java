package nl.zelfhulpwijzer.common.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import nl.zelfhulpwijzer.directory.DirectoryFixtures;
import nl.zelfhulpwijzer.quality.RawHttp;
import nl.zelfhulpwijzer.support.TestClock;

/**
 * The HTTP layer's refusals on a plain socket (bytes no ordinary client sends) and the client address behind the
 * proxy. In the tests 127.0.0.2 is the one trusted proxy (application.properties); other tests call from 127.0.0.1.
 * Every refusal the application can make is problem+json; the decoder's own bare answers that remain are asserted as
 * such, so a change in them is noticed.
 */
@QuarkusTest
class RequestLimitsTest {

    private static final String PROXY = "127.0.0.2";
    private static final String CLIENT = "127.0.0.1";
    private static final String GROUP = "test-aa-utrecht";

    @Inject
    DirectoryFixtures fixtures;

    @AfterEach
    void tearDown() {
        TestClock.reset();
    }

    @Test
    void overLongAddressIs414Problem() {
        RawHttp.Answer answer = get(CLIENT, "/api/v1/meetings?q=" + "a".repeat(RequestLimits.MAX_URI_LENGTH), "");
        assertProblem(answer, 414, "uri-too-long");
    }

    @Test
    void overLargeHeadersAre431Problem() {
        RawHttp.Answer answer = get(CLIENT, "/api/v1/meetings", "X-Lang: " + "a".repeat(RequestLimits.MAX_HEADERS_LENGTH) + "\r\n");
        assertProblem(answer, 431, "headers-too-large");
    }

    @Test
    void brokenPercentEncodingIs400Problem() {
        assertProblem(get(CLIENT, "/api/v1/meetings?q=%ZZ", ""), 400, "bad-request");
        assertProblem(get(CLIENT, "/api/v1/groups/%ZZ", ""), 400, "bad-request");
    }

    @Test
    void announcedBodyBeyondTheLimitIs413ProblemBeforeItIsRead() {
        String request = "POST /api/v1/groups/" + GROUP + "/reports HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                + "Content-Type: application/json\r\nContent-Length: 99999999\r\n\r\n{}";
        assertProblem(RawHttp.send(CLIENT, RestAssured.port, request.getBytes(StandardCharsets.ISO_8859_1)), 413, "payload-too-large");
    }

    /** Beyond the decoder's own limits (64 KiB) Vert.x answers before any Quarkus code: bare, but answered. */
    @Test
    void beyondTheDecodersLimitsTheAnswerIsBareButComes() {
        RawHttp.Answer line = get(CLIENT, "/api/v1/meetings?q=" + "a".repeat(70_000), "");
        assertEquals(414, line.status());
        assertEquals("", line.body());
        RawHttp.Answer headers = get(CLIENT, "/api/v1/meetings", "X-Lang: " + "a".repeat(70_000) + "\r\n");
        assertEquals(431, headers.status());
        assertEquals("", headers.body());
        RawHttp.Answer syntax = get(CLIENT, "/api/v1/meetings", "X Space: a\r\n");
        assertTrue(syntax.status() == 400 || syntax.status() == 0, "unparsable header line: bare 400 or closed, got " + syntax.status());
        assertEquals("", syntax.body());
    }

    @Test
    void malformedForwardingHeadersAreRefusedWith400Problem() {
        for (String from : new String[] {PROXY, CLIENT}) {
            for (String header : new String[] {"X-Forwarded-For: unknown", "X-Forwarded-For: 1.2.3.4:99999",
                    "X-Forwarded-For: 203.0.113.7, x", "X-Forwarded-Proto: a b", "X-Forwarded-Proto: ftp",
                    "X-Forwarded-Port: 0", "X-Forwarded-Port: http"}) {
                RawHttp.Answer answer = get(from, "/hsds", header + "\r\n");
                assertProblem(answer, 400, "bad-request");
                assertTrue(answer.body().contains(header.substring(0, header.indexOf(':'))), "names the header: " + answer.body());
            }
        }
        // From a caller that is not the proxy, an empty first element is refused too (Quarkus ignores the header there)
        assertProblem(get(CLIENT, "/hsds", "X-Forwarded-For: ,203.0.113.7\r\n"), 400, "bad-request");
    }

    /**
     * The known Quarkus 3.33.2 fault that decides who may be a trusted proxy (application.properties): from a trusted
     * proxy, an X-Forwarded-For whose first element is empty makes Quarkus' ForwardedParser throw before any route,
     * filter or error handler, and the request gets no answer. This fails once Quarkus answers it; then the rule that
     * only nginx is trusted can be relaxed.
     */
    @Test
    void fromTheTrustedProxyAnEmptyFirstForwardedAddressStillGetsNoAnswer() throws Exception {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), RestAssured.port, InetAddress.getByName(PROXY), 0)) {
            socket.setSoTimeout(3_000);
            socket.getOutputStream().write(("GET /api/v1/meetings HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                    + "X-Forwarded-For: ,203.0.113.7\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            assertThrows(SocketTimeoutException.class, () -> socket.getInputStream().read());
        }
    }

    @Test
    void headersTheBackendDoesNotReadAreIgnored() {
        for (String header : new String[] {"Forwarded: for=\"[::1", "Forwarded: proto=a b", "X-Forwarded-Host: [",
                "X-Forwarded-Prefix: %"}) {
            assertEquals(200, get(PROXY, "/hsds", header + "\r\n").status(), header);
        }
        assertEquals(200, get(PROXY, "/hsds", "X-Forwarded-For: 2001:db8::7\r\nX-Forwarded-Proto: https\r\nX-Forwarded-Port: 443\r\n").status());
    }

    /**
     * The public write's limit counts per client: behind the proxy per forwarded address (so visitors do not share
     * one count), from anyone else per connection address (a client cannot pick another count by sending the header).
     */
    @Test
    void rateLimitsCountTheRealClientAddress() {
        fixtures.ensure();
        TestClock.fix(Instant.parse("2031-04-07T10:00:00Z")); // a window of its own
        for (int i = 0; i < 20; i++) {
            assertEquals(400, report(PROXY, "203.0.113.7").status()); // refused attempts count too
        }
        assertProblem(report(PROXY, "203.0.113.7"), 429, "too-many-requests");
        assertEquals(400, report(PROXY, "203.0.113.8").status(), "another visitor behind the proxy has a count of their own");

        for (int i = 0; i < 20; i++) {
            assertEquals(400, report(CLIENT, "198.51.100." + i).status());
        }
        assertProblem(report(CLIENT, "198.51.100.99"), 429, "too-many-requests");
    }

    private static RawHttp.Answer report(String from, String forwardedFor) {
        String body = "{\"reason\":\"OTHER\"}";
        String request = "POST /api/v1/groups/" + GROUP + "/reports HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                + "X-Forwarded-For: " + forwardedFor + "\r\nContent-Type: application/json\r\nContent-Length: "
                + body.length() + "\r\n\r\n" + body;
        return RawHttp.send(from, RestAssured.port, request.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static RawHttp.Answer get(String from, String target, String headers) {
        String request = "GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n" + headers + "\r\n";
        return RawHttp.send(from, RestAssured.port, request.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static void assertProblem(RawHttp.Answer answer, int status, String type) {
        assertEquals(status, answer.status(), answer.body());
        assertTrue(String.valueOf(answer.header("content-type")).startsWith("application/problem+json"),
                "problem+json, got " + answer.header("content-type"));
        assertTrue(answer.body().contains("\"type\":\"https://zelfhulpwijzer.nl/problems/" + type + "\""), answer.body());
        assertTrue(answer.body().contains("\"status\":" + status), answer.body());
    }
}
