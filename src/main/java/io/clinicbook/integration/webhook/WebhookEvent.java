package io.clinicbook.integration.webhook;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of every webhook (Standard Webhooks: type, timestamp, data). Sent, never served. */
@Schema(name = "WebhookEvent", description = "POSTed to subscriptions with the headers webhook-id, webhook-timestamp and webhook-signature.")
record WebhookEvent(
        @Schema(examples = "appointment.confirmed") String type,
        @Schema(description = "When the change happened", examples = "2026-11-02T14:00:00Z") Instant timestamp,
        Data data) {

    /** Raised when a field changes meaning or goes; new fields may appear without a new version. */
    static final int SCHEMA_VERSION = 1;

    @Schema(name = "WebhookEventData")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Data(
            @Schema(description = "Version of this data's shape", examples = "1") int schemaVersion,
            Visit appointment,
            @Schema(description = "Only for subscriptions with includeContactFields, and never once erased") People people,
            @Schema(description = "Only in care_plan events") Plan carePlan) {
    }

    @Schema(name = "WebhookCarePlan")
    record Plan(
            @Schema(examples = "P3KQ7MZA") String reference,
            @Schema(examples = "BOOKED") String status,
            @Schema(examples = "follow-up-adjustment") String service,
            @Schema(description = "For a cancelled plan: the clinic-local day from which", examples = "2027-03-15") LocalDate cancelledFrom,
            @Schema(description = "Every visit of the plan, earliest first") List<Visit> visits) {
    }

    @Schema(name = "WebhookAppointment")
    record Visit(
            @Schema(examples = "K7Q4M2XP") String reference,
            @Schema(examples = "CONFIRMED") String status,
            @Schema(description = "The status before this change; null for a new request", examples = "REQUESTED") String previousStatus,
            @Schema(examples = "follow-up-adjustment") String service,
            @Schema(examples = "dr-maya-lindqvist") String practitioner,
            @Schema(description = "In the clinic's time zone", examples = "2026-11-02T09:00:00-05:00") OffsetDateTime start,
            @Schema(examples = "2026-11-02T09:30:00-05:00") OffsetDateTime end,
            @Schema(examples = "false") boolean newPatient,
            @Schema(examples = "en") String locale) {
    }

    @Schema(name = "WebhookPeople")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record People(Person patient, @Schema(description = "Who booked for the patient, if someone did") Person contact) {
    }

    @Schema(name = "WebhookPerson")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Person(@Schema(examples = "Jordan") String firstName, @Schema(examples = "Example") String lastName,
                  @Schema(examples = "jordan@example.org") String email, @Schema(examples = "+1 555 010 1001") String phone,
                  @Schema(description = "For a contact: parent, partner...", examples = "parent") String relationship) {
    }
}
