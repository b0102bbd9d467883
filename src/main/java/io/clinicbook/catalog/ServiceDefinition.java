package io.clinicbook.catalog;

import io.clinicbook.i18n.LocalizedText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An appointment type as admins write and read it, in every locale. */
public record ServiceDefinition(
        @NotNull(message = "Please give a slug")
        @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "A slug is lower-case words joined by dashes, such as follow-up-adjustment")
        @Schema(examples = "follow-up-adjustment") String slug,
        @NotNull(message = "Please give the name") @Valid LocalizedText name,
        @NotNull(message = "Please give the description") @Valid LocalizedText description,
        @Min(value = ServiceType.MIN_DURATION_MINUTES, message = "A visit lasts at least {value} minutes")
        @Max(value = ServiceType.MAX_DURATION_MINUTES, message = "A visit lasts at most {value} minutes")
        @Schema(examples = "30") int durationMinutes,
        @Min(value = 0, message = "A buffer cannot be negative") @Max(value = ServiceType.MAX_BUFFER_MINUTES, message = "A buffer is at most {value} minutes")
        @Schema(description = "Minutes kept free before the visit (room preparation).", examples = "0") int bufferBeforeMinutes,
        @Min(value = 0, message = "A buffer cannot be negative") @Max(value = ServiceType.MAX_BUFFER_MINUTES, message = "A buffer is at most {value} minutes")
        @Schema(description = "Minutes kept free after the visit (notes, cleaning).", examples = "5") int bufferAfterMinutes,
        @NotNull(message = "Please say who may book it: NEW_PATIENTS, RETURNING_PATIENTS or ANYONE") Audience audience,
        @Schema(description = "Inactive services are kept for history but cannot be booked.", examples = "true") boolean active,
        @Schema(examples = "2") int displayOrder) {

    static ServiceDefinition of(ServiceType s) {
        return new ServiceDefinition(s.slug, s.name, s.description, s.durationMinutes, s.bufferBeforeMinutes,
                s.bufferAfterMinutes, s.audience, s.active, s.displayOrder);
    }

    void applyTo(ServiceType s) {
        s.slug = slug;
        s.name = name;
        s.description = description;
        s.durationMinutes = durationMinutes;
        s.bufferBeforeMinutes = bufferBeforeMinutes;
        s.bufferAfterMinutes = bufferAfterMinutes;
        s.audience = audience;
        s.active = active;
        s.displayOrder = displayOrder;
    }
}
