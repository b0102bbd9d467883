package io.clinicbook.integration.calendar;

/** Examples for the contract, as the service writes them. */
final class IcsExamples {

    static final String VISIT = "TODO";
    static final String FEED = "TODO";

    private IcsExamples() {
    }
}
