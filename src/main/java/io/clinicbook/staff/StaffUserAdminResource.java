package io.clinicbook.staff;

import io.clinicbook.problem.Conflict;
import io.clinicbook.problem.NotFound;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/admin/staff-users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Admin: staff users", description = "Who may sign in to the staff API")
class StaffUserAdminResource {

    @Inject
    StaffAccounts accounts;

    @Inject
    SecurityIdentity identity;

    @GET
    @Operation(summary = "List staff accounts")
    @APIResponse(responseCode = "200", description = "Every staff account, by username")
    public List<StaffAccount.View> list() {
        return StaffUser.<StaffUser>listAll(io.quarkus.panache.common.Sort.by("username")).stream()
                .map(StaffAccount.View::of).toList();
    }

    @GET
    @Path("/{username}")
    @Operation(summary = "Read one staff account")
    @APIResponse(responseCode = "200", description = "The account")
    public StaffAccount.View get(@PathParam("username") String username) {
        return StaffUser.findByUsername(username).map(StaffAccount.View::of)
                .orElseThrow(() -> new NotFound("There is no staff account named '" + username + "'."));
    }

    @PUT
    @Path("/{username}/password")
    @Operation(summary = "Reset a staff account's password",
            description = "Sets a new password for another account, for example when its owner forgot theirs. "
                    + "Your own account is 409: change it with PUT /api/v1/admin/me/password, which asks for the current one.")
    @APIResponse(responseCode = "204", description = "The new password is in force")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public void resetPassword(@PathParam("username") String username,
            @NotNull(message = "Please send the new password as a JSON body") @Valid PasswordReset reset) {
        accounts.resetPassword(username, reset, identity.getPrincipal().getName());
    }

    @POST
    @Path("/{username}/deactivate")
    @Operation(summary = "Deactivate a staff account",
            description = "The account can no longer sign in. It is kept, since the appointments' history names its actions.")
    @APIResponse(responseCode = "200", description = "The deactivated account")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public StaffAccount.View deactivate(@PathParam("username") String username) {
        return accounts.setActive(username, false, identity.getPrincipal().getName());
    }

    @POST
    @Path("/{username}/reactivate")
    @Operation(summary = "Reactivate a staff account", description = "The account can sign in again with its password.")
    @APIResponse(responseCode = "200", description = "The active account")
    public StaffAccount.View reactivate(@PathParam("username") String username) {
        return accounts.setActive(username, true, identity.getPrincipal().getName());
    }

    @POST
    @Transactional
    @Operation(summary = "Create a staff account")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response create(@NotNull(message = "Please send the account as a JSON body") @Valid StaffAccount account) {
        if (StaffUser.findByUsername(account.username()).isPresent()) {
            throw new Conflict("username-taken", "There is already a staff account named '" + account.username() + "'.");
        }
        StaffUser user = StaffUser.create(account.username(), account.password(), account.role());
        return Response.created(URI.create("/api/v1/admin/staff-users/" + user.username))
                .entity(StaffAccount.View.of(user)).build();
    }
}
