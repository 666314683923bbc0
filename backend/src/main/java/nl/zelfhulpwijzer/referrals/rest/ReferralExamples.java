package nl.zelfhulpwijzer.referrals.rest;

/** Example bodies for the contract (openapi.yaml), so that an EPD builder sees a whole request and answer. */
final class ReferralExamples {

    static final String CREATE = """
            {"clientRef": "epd-7f3a91", "organisationId": "aa-nederland", "level": "VERWIJZING", "treatmentPhase": "TREATMENT",
             "route": "VIA_CONTACT_PERSON", "inCarePlan": true, "trialAgreed": true,
             "followUpConsent": {"topics": "Of de cliënt naar de eerste bijeenkomst is geweest", "from": "CLIENT", "until": "2027-06-30"},
             "adviceSnapshot": {"catalogueVersion": 1, "verdict": "FITS_NOW", "reasons": ["Past bij alcohol"], "cautions": []},
             "note": "Eerste bijeenkomst samen met de makelaar.", "evaluationDates": ["2027-03-01"]}""";

    static final String REFERRAL = """
            {"id": "3f6c1f2e-8a4b-4c0e-9d7a-2b5e6f1a9c10", "clientRef": "epd-7f3a91", "organisationId": "aa-nederland",
             "level": "VERWIJZING", "treatmentPhase": "TREATMENT", "route": "VIA_CONTACT_PERSON",
             "adviceSnapshot": {"catalogueVersion": 1, "verdict": "FITS_NOW", "reasons": ["Past bij alcohol"], "cautions": []},
             "inCarePlan": true, "trialAgreed": true,
             "followUpConsent": {"topics": "Of de cliënt naar de eerste bijeenkomst is geweest", "from": "CLIENT", "until": "2027-06-30"},
             "note": "Eerste bijeenkomst samen met de makelaar.", "status": "ACCEPTED", "followUpDue": "2026-12-20",
             "evaluationDates": ["2027-03-01"], "createdBy": "service-account-zelfhulpwijzer-epd",
             "createdAt": "2026-12-06T09:12:00Z", "modifiedAt": "2026-12-06T10:02:00Z", "version": 1,
             "transitions": [
               {"to": "REQUESTED", "actor": "service-account-zelfhulpwijzer-epd", "actorRole": "epd", "at": "2026-12-06T09:12:00Z"},
               {"from": "REQUESTED", "to": "ACCEPTED", "actor": "mw-demo", "actorRole": "medewerker", "at": "2026-12-06T10:02:00Z"}]}""";

    static final String PAGE = """
            {"items": [{"id": "3f6c1f2e-8a4b-4c0e-9d7a-2b5e6f1a9c10", "clientRef": "epd-7f3a91", "organisationId": "aa-nederland",
              "level": "VERWIJZING", "treatmentPhase": "TREATMENT", "route": "VIA_CONTACT_PERSON", "inCarePlan": true,
              "trialAgreed": true, "status": "REQUESTED", "evaluationDates": [], "createdBy": "service-account-zelfhulpwijzer-epd",
              "createdAt": "2026-12-06T09:12:00Z", "modifiedAt": "2026-12-06T09:12:00Z", "version": 0}],
             "next": "c2VxOjQy", "more": false}""";

    static final String TRANSITION = """
            {"status": "ON_HOLD", "reason": "Cliënt is twee weken opgenomen; daarna verder."}""";

    static final String OUTCOME = """
            {"firstMeeting": "YES", "meetingsAttended": 3, "continues": true}""";

    private ReferralExamples() {
    }
}
