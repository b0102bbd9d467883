package io.clinicbook.booking.waitlist;

/** The examples the waitlist operations show in the contract. */
final class WaitlistExamples {

    static final String JOIN = """
            {"service":"follow-up-adjustment","practitioner":"dr-maya-lindqvist","from":"2026-11-03","to":"2026-11-06",\
            "earliestStart":"09:00","latestStart":"12:00","patient":{"firstName":"Ana","lastName":"García",\
            "email":"ana.garcia@example.org","phone":"+1 555 010 2233"},"newPatient":false,"locale":"en","consentToContact":true}""";
    static final String JOINED = """
            {"token":"q8Wm0dJ2c1kH4v3s9XyZaBcDeFgHiJkLmNoPqRsTuVw","entry":{"reference":"W7KQ2MZA","service":"follow-up-adjustment",\
            "practitioner":"dr-maya-lindqvist","from":"2026-11-03","to":"2026-11-06","earliestStart":"09:00","latestStart":"12:00",\
            "status":"WAITING"}}""";
    static final String OFFER = """
            {"service":"follow-up-adjustment","practitioner":"dr-maya-lindqvist","practitionerName":"Dr. Maya Lindqvist",\
            "start":"2026-11-03T10:00:00-05:00","end":"2026-11-03T10:30:00-05:00","holdUntil":"2026-11-02T07:30:00-05:00","status":"OPEN"}""";
    static final String EXPIRED = """
            {"type":"https://clinicbook.io/problems/waitlist-offer-expired","title":"Conflict","status":409,\
            "detail":"The time was held for you until 2026-11-02T07:30-05:00; the hold has ended and the time has been offered to the \
            next patient. You stay on the waitlist for other times.","instance":"/api/v1/waitlist/offer/accept"}""";
    static final String ENTRY_TOKEN = "q8Wm0dJ2c1kH4v3s9XyZaBcDeFgHiJkLmNoPqRsTuVw";
    static final String OFFER_TOKEN = "Zr5Tn2QpXw8Lk1Vb7Hc4Md0Fs9Gj6Ya3Ue5Ro2Ni8Eq";
    static final String BOOKED = """
            {"reference":"K7Q4M2XP","status":"CONFIRMED","service":"follow-up-adjustment","practitioner":"dr-maya-lindqvist",\
            "start":"2026-11-03T10:00:00-05:00","end":"2026-11-03T10:30:00-05:00","manageToken":"b3JpZ2luYWwtbWFuYWdlLXRva2VuLWV4YW1wbGU"}""";
    static final String ENTRIES = """
            [{"reference":"W7KQ2MZA","status":"OFFERED","service":"follow-up-adjustment","practitioner":"dr-maya-lindqvist",\
            "from":"2026-11-03","to":"2026-11-06","earliestStart":"09:00","latestStart":"12:00","firstName":"Ana","lastName":"García",\
            "email":"ana.garcia@example.org","phone":"+1 555 010 2233","joinedAt":"2026-11-01T14:05:00Z"}]""";
    static final String OFFERS = """
            [{"entry":"W7KQ2MZA","practitioner":"dr-maya-lindqvist","start":"2026-11-03T10:00:00-05:00",\
            "end":"2026-11-03T10:30:00-05:00","holdUntil":"2026-11-02T07:30:00-05:00","status":"OPEN",\
            "offeredAt":"2026-11-02T07:00:00-05:00"}]""";

    private WaitlistExamples() {
    }
}
