package nl.zelfhulpwijzer.referrals.rest;

import static nl.zelfhulpwijzer.referrals.rest.ReferralApi.BASE;
import static nl.zelfhulpwijzer.referrals.rest.ReferralApi.as;
import static nl.zelfhulpwijzer.referrals.rest.ReferralApi.body;
import static nl.zelfhulpwijzer.referrals.rest.ReferralApi.create;
import static nl.zelfhulpwijzer.referrals.rest.ReferralApi.created;
import static nl.zelfhulpwijzer.referrals.rest.ReferralApi.epdOf;
import static nl.zelfhulpwijzer.referrals.rest.ReferralApi.medewerkerOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import nl.zelfhulpwijzer.referrals.CheckinAnswer;
import nl.zelfhulpwijzer.referrals.Referrals;
import nl.zelfhulpwijzer.support.FeedSettled;

/** The referral API: lifecycle, outcome, refused input (nothing stored), institution isolation, feed and worklist. */
@QuarkusTest
class ReferralResourceTest {

    @Inject
    EntityManager em;

    @Inject
    Referrals referrals;

    @Transactional
    long count(String table) {
        return ((Number) em.createNativeQuery("select count(*) from " + table).getSingleResult()).longValue();
    }

    @Test
    void aReferralGoesThroughItsLifecycleWithHistoryAndVersions() {
        String token = medewerkerOf("inst-life");
        Response created = create(token, body("epd-life-1"));
        created.then().statusCode(201).header("ETag", "\"v0\"").header("Location", containsString(BASE + "/"))
                .body("status", equalTo("REQUESTED")).body("followUpConsent.from", equalTo("CLIENT"))
                .body("adviceSnapshot.verdict", equalTo("FITS_NOW"))
                .body("allowedTransitions.status", equalTo(List.of("ACCEPTED", "REJECTED", "CANCELLED", "ENTERED_IN_ERROR")))
                .body("allowedTransitions.reasonRequired", equalTo(List.of(false, true, true, false)))
                .body("followUpDue", equalTo(LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusDays(14).toString()));
        String id = created.path("id");

        as(token).header("If-Match", "\"v0\"").contentType(ContentType.JSON).body(Map.of("status", "ACCEPTED"))
                .post(BASE + "/" + id + "/transitions").then().statusCode(200).header("ETag", "\"v1\"").body("status", equalTo("ACCEPTED"));
        as(token).header("If-Match", "\"v1\"").contentType(ContentType.JSON).body(Map.of("status", "ON_HOLD"))
                .post(BASE + "/" + id + "/transitions").then().statusCode(400).body("errors.field", hasItem("reason"));
        as(token).header("If-Match", "\"v1\"").contentType(ContentType.JSON).body(Map.of("status", "DRAFT"))
                .post(BASE + "/" + id + "/transitions").then().statusCode(409).contentType("application/problem+json");
        as(token).contentType(ContentType.JSON).body(Map.of("status", "IN_PROGRESS"))
                .post(BASE + "/" + id + "/transitions").then().statusCode(428);
        as(token).header("If-Match", "\"v0\"").contentType(ContentType.JSON).body(Map.of("status", "IN_PROGRESS"))
                .post(BASE + "/" + id + "/transitions").then().statusCode(412);
        as(token).header("If-Match", "\"v1\"").contentType(ContentType.JSON)
                .body(Map.of("firstMeeting", "YES", "meetingsAttended", 2, "continues", true))
                .put(BASE + "/" + id + "/outcome").then().statusCode(200).body("outcome.meetingsAttended", equalTo(2))
                .body("followUpDue", equalTo("2027-03-01"));
        as(token).header("If-Match", "\"v2\"").contentType(ContentType.JSON).body(Map.of("status", "COMPLETED"))
                .post(BASE + "/" + id + "/transitions").then().statusCode(200).body("closedAt", org.hamcrest.Matchers.notNullValue());

        as(token).get(BASE + "/" + id).then().statusCode(200).header("ETag", "\"v3\"")
                .body("transitions.to", equalTo(List.of("REQUESTED", "ACCEPTED", "COMPLETED")))
                .body("transitions[0].from", nullValue()).body("transitions[1].actor", equalTo("mw-inst-life"));
    }

    @Test
    void anotherInstitutionsReferralIsNotFoundAndATokenWithoutInstitutionHasNoAccess() {
        String id = created(medewerkerOf("inst-a"), "epd-iso-1");
        as(medewerkerOf("inst-b")).get(BASE + "/" + id).then().statusCode(404).contentType("application/problem+json");
        as(epdOf("inst-b")).header("If-Match", "\"v0\"").contentType(ContentType.JSON).body(Map.of("status", "ACCEPTED"))
                .post(BASE + "/" + id + "/transitions").then().statusCode(404);
        as(medewerkerOf("inst-b")).queryParam("clientRef", "epd-iso-1").get(BASE).then().statusCode(200).body("items", hasSize(0));
        as(nl.zelfhulpwijzer.support.TestTokens.token("zonder", "Zonder", "", "medewerker")).get(BASE + "/" + id).then().statusCode(403);
    }

    @Test
    void refusedInputIsAProblemAndStoresNothing() {
        String token = epdOf("inst-bad");
        long referrals = count("referral");
        long keys = count("referral_idempotency");
        long audit = count("audit_event");
        for (String personal : List.of("name", "bsn", "birthDate", "address", "phone", "email", "achternaam")) {
            Map<String, Object> body = body("epd-bad-1");
            body.put(personal, "x");
            create(token, body).then().statusCode(422).contentType("application/problem+json")
                    .body("errors[0].field", equalTo(personal)).body("errors[0].message", containsString("persoonsgegevens"));
        }
        Map<String, Object> nested = body("epd-bad-1");
        nested.put("followUpConsent", Map.of("topics", "x", "from", "CLIENT", "phoneNumber", "0612345678"));
        create(token, nested).then().statusCode(422).body("errors[0].field", equalTo("followUpConsent.phoneNumber"));
        Map<String, Object> unknown = body("epd-bad-1");
        unknown.put("colour", "blue");
        create(token, unknown).then().statusCode(422).body("errors[0].message", equalTo("Dit veld bestaat niet."));
        Map<String, Object> longNote = body("epd-bad-1");
        longNote.put("note", "x".repeat(1001));
        create(token, longNote).then().statusCode(400).body("errors.field", hasItem("note"));
        create(token, body("123456782")).then().statusCode(400).body("errors.field", hasItem("clientRef"));
        Map<String, Object> wrongGroup = body("epd-bad-1");
        wrongGroup.put("organisationId", "bestaat-niet");
        create(token, wrongGroup).then().statusCode(400).body("errors.field", hasItem("organisationId"));
        Map<String, Object> badEnum = body("epd-bad-1");
        badEnum.put("level", "ALLES");
        create(token, badEnum).then().statusCode(400).contentType("application/problem+json");
        as(token).header("Idempotency-Key", "k".repeat(201)).contentType(ContentType.JSON).body(body("epd-bad-1")).post(BASE)
                .then().statusCode(400);
        as(token).contentType(ContentType.JSON).body("{\"clientRef\": ").post(BASE).then().statusCode(400);

        String id = created(token, "epd-bad-2");
        long afterOne = count("referral_transition");
        as(token).header("If-Match", "\"v0\"").contentType(ContentType.JSON).body(Map.of("status", "COMPLETED", "client", "Jan"))
                .post(BASE + "/" + id + "/transitions").then().statusCode(422);
        as(token).header("If-Match", "\"v0\"").contentType(ContentType.JSON).body(Map.of("status", "COMPLETED"))
                .post(BASE + "/" + id + "/transitions").then().statusCode(409);
        as(token).header("If-Match", "\"v0\"").contentType(ContentType.JSON).body(Map.of("firstMeeting", "NO", "email", "a@b.nl"))
                .put(BASE + "/" + id + "/outcome").then().statusCode(422);
        assertEquals(referrals + 1, count("referral"));
        assertEquals(keys, count("referral_idempotency"));
        assertEquals(afterOne, count("referral_transition"));
        as(token).get(BASE + "/" + id).then().statusCode(200).header("ETag", "\"v0\"").body("outcome", nullValue());
        // Refused requests leave no audit events: only the create and the read above were recorded.
        assertEquals(audit + 2, count("audit_event"));
    }

    @Test
    void theFeedPagesByCursorWithoutSkippingAndPollsForNewChanges() {
        String token = epdOf("inst-feed");
        for (int i = 0; i < 5; i++) {
            created(token, "epd-feed-" + i);
        }
        FeedSettled.await("inst-feed");
        Response first = as(token).queryParam("size", 2).get(BASE);
        first.then().statusCode(200).body("items", hasSize(2)).body("more", equalTo(true));
        Response second = as(token).queryParam("size", 2).queryParam("cursor", (String) first.path("next")).get(BASE);
        Response third = as(token).queryParam("size", 2).queryParam("cursor", (String) second.path("next")).get(BASE);
        third.then().body("items", hasSize(1)).body("more", equalTo(false));
        List<String> seen = new java.util.ArrayList<>();
        for (Response page : List.of(first, second, third)) {
            seen.addAll(page.path("items.clientRef"));
        }
        assertEquals(List.of("epd-feed-0", "epd-feed-1", "epd-feed-2", "epd-feed-3", "epd-feed-4"), seen);

        String id = as(token).queryParam("clientRef", "epd-feed-1").get(BASE).path("items[0].id");
        as(token).header("If-Match", "\"v0\"").contentType(ContentType.JSON).body(Map.of("status", "ACCEPTED"))
                .post(BASE + "/" + id + "/transitions").then().statusCode(200);
        FeedSettled.await("inst-feed");
        as(token).queryParam("cursor", (String) third.path("next")).get(BASE).then().statusCode(200)
                .body("items.id", equalTo(List.of(id)));
        as(token).queryParam("cursor", "nonsense").get(BASE).then().statusCode(400).body("errors[0].field", equalTo("cursor"));
        as(token).queryParam("modified_after", "gisteren").get(BASE).then().statusCode(400);
        as(token).queryParam("modified_after", "2999-01-01T00:00:00Z").get(BASE).then().statusCode(200).body("items", hasSize(0));
        as(token).queryParam("size", 101).get(BASE).then().statusCode(400);
    }

    @Test
    @ActivateRequestContext
    void theWorklistShowsDueReferralsAndTheClientsCheckin() {
        String token = medewerkerOf("inst-work");
        String id = created(token, "epd-work-1");
        referrals.recordCheckin(UUID.fromString(id), CheckinAnswer.NOT_FOR_ME);
        Response worklist = as(token).get(BASE + "/worklist");
        worklist.then().statusCode(200).body("items", hasSize(1)).body("items[0].referral.checkin.answer", equalTo("NOT_FOR_ME"))
                .body("items[0].reasons", hasItem("CHECKIN_RECEIVED")).body("items[0].reasons", hasItem("WITHOUT_OUTCOME"))
                .body("items[0].organisationName", equalTo("Anonieme Alcoholisten Nederland"));
        as(medewerkerOf("inst-work-other")).get(BASE + "/worklist").then().statusCode(200).body("items", hasSize(0));
    }
}
