package io.clinicbook.integration.webhook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A webhook subscription as staff create or change it. */
@Schema(name = "WebhookSubscriptionRequest")
record SubscriptionRequest(
        @NotBlank(message = "Please give the url to send the events to") @Size(max = 2000, message = "Please keep the url under 2000 characters")
        @Schema(description = "Where events are POSTed; must resolve to a public address", examples = "https://crm.example.com/hooks/clinic")
        String url,
        @NotEmpty(message = "Please name at least one event type")
        @Size(max = 8, message = "There are only 8 event types")
        @Schema(description = "appointment.requested, .confirmed, .declined, .cancelled, .rescheduled, .completed, .no_show, .patient_data_erased",
                examples = "[\"appointment.requested\",\"appointment.cancelled\"]")
        List<@NotBlank(message = "An event type cannot be blank") String> eventTypes,
        @Schema(description = "Default true. Pausing skips the messages still waiting; they can be redelivered.", examples = "true")
        Boolean active,
        @Schema(description = "Whether events carry the patient's and contact's names, email and phone. Default false: "
                + "only what the appointment is (minimum necessary).", examples = "false")
        Boolean includeContactFields,
        @Size(max = 200, message = "Please keep the description under 200 characters")
        @Schema(examples = "Front-desk CRM") String description) {

    boolean activeOrDefault() {
        return active == null || active;
    }

    boolean includeContactFieldsOrDefault() {
        return includeContactFields != null && includeContactFields;
    }
}
