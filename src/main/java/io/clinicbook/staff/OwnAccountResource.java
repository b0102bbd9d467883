package io.clinicbook.staff;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The signed-in staff member's own account. */
@Path("/api/v1/admin/me")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.STAFF})
@Tag(name = "Admin: own account", description = "The signed-in staff member's account and password")
class OwnAccountResource {

    @Inject
    SecurityIdentity identity;

    @Inject
    StaffAccounts accounts;

    @GET
    @Operation(summary = "Who is signed in", description = "The account whose credentials the request carries.")
    @APIResponse(responseCode = "200", description = "The signed-in account")
    public StaffAccount.View get() {
        return StaffUser.findByUsername(identity.getPrincipal().getName()).map(StaffAccount.View::of).orElseThrow();
    }

    @PUT
    @Path("/password")
    @Operation(summary = "Change your own password", description = "Needs the current password as well as the new one.")
    @APIResponse(responseCode = "204", description = "The new password is in force")
    public void changePassword(@NotNull(message = "Please send the passwords as a JSON body") @Valid PasswordChange change) {
        accounts.changeOwnPassword(identity.getPrincipal().getName(), change);
    }
}
