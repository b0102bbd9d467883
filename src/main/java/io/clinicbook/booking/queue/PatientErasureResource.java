package io.clinicbook.booking.queue;

import io.clinicbook.staff.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A patient's request to be forgotten, carried out by an admin. */
@Path("/api/v1/admin/patient-erasures")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Admin: appointments", description = "The appointment queue")
class PatientErasureResource {

    /** Whose data to erase: the email address they booked with (as patient or as contact). */
    @Schema(name = "ErasureRequest")
    public record ErasureRequest(
            @NotBlank(message = "Please give the email address to erase")
            @Email(message = "Please give a valid email address")
            @Size(max = 254, message = "Please keep the email address under 254 characters")
            @Schema(examples = "ana.garcia@example.org") String email) {
    }

    /** How many appointments were anonymised. */
    @Schema(name = "ErasureResult")
    public record ErasureResult(@Schema(examples = "2") int erasedAppointments) {
    }

    @Inject
    PatientErasure erasure;
    @Inject
    SecurityIdentity identity;

    @POST
    @Operation(summary = "Erase a patient's personal data",
            description = "Every appointment booked with this email (as patient or contact) keeps its service, practitioner, "
                    + "times and status for statistics and loses all personal data; the manage token stops working. "
                    + "Their waitlist entries lose it too, leave the waitlist, and end any offer still open. "
                    + "Erasing an unknown address erases nothing and is not an error.")
    @APIResponse(responseCode = "200", description = "Done; how many appointments were anonymised")
    public ErasureResult erase(@NotNull(message = "Please send the email address as a JSON body") @Valid ErasureRequest request) {
        return new ErasureResult(erasure.erase(request.email(), identity.getPrincipal().getName()));
    }
}
