package io.clinicbook.booking.plan;

/** The examples the plan operations show in the contract, in one place for both resources. */
public final class PlanExamples {

    static final String CREATE = """
            {"service":"follow-up-adjustment","practitioner":"dr-maya-lindqvist","fromVisit":"K7Q4M2XP",\
            "pattern":{"visitsPerWeek":3,"weekdays":["MONDAY","WEDNESDAY","FRIDAY"],"weeks":4},\
            "timeOfDay":"10:00","earliestStart":"2027-03-01"}""";
    static final String BOOK = """
            {"visits":[{"start":"2027-03-01T10:00:00-05:00","practitioner":"dr-maya-lindqvist"},\
            {"start":"2027-03-03T10:00:00-05:00","practitioner":"dr-maya-lindqvist"}]}""";
    static final String CANCEL = """
            {"from":"2027-03-15","reason":"Feeling much better"}""";
    public static final String TAKEN = """
            {"type":"https://clinicbook.io/problems/plan-visits-taken","title":"Plan visits taken","status":409,\
            "detail":"No visit of the plan was booked: visit 4 (2027-03-08T10:00-05:00, taken). visits lists them with free times near each.",\
            "instance":"/api/v1/care-plans/P3KQ7MZA/book","visits":[{"visit":4,"start":"2027-03-08T10:00:00-05:00","reason":"TAKEN",\
            "alternatives":[{"start":"2027-03-08T10:30:00-05:00","end":"2027-03-08T11:00:00-05:00",\
            "practitioner":"dr-maya-lindqvist","date":"2027-03-08"}]}]}""";
    static final String IDEMPOTENCY_KEY = "A unique key per booking attempt (such as a UUID), reused on retries: a retry with the same "
            + "body within 24 hours gets the first answer again (header Idempotent-Replayed) and never books twice.";

    private PlanExamples() {
    }
}
