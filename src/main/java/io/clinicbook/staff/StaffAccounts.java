package io.clinicbook.staff;

import io.clinicbook.problem.Conflict;
import io.clinicbook.problem.InvalidParameter;
import io.clinicbook.problem.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * The rules of staff accounts: passwords are changed by their owner (who proves the current one)
 * or reset by an admin; accounts are deactivated rather than deleted, and an admin cannot deactivate
 * their own account (so an active admin always remains).
 */
@ApplicationScoped
@Transactional
class StaffAccounts {

    public void changeOwnPassword(String username, PasswordChange change) {
        StaffUser user = existing(username);
        if (!user.hasPassword(change.currentPassword())) {
            throw new InvalidParameter("currentPassword", "The current password is not right.");
        }
        user.setPassword(change.newPassword());
    }

    /** Another account's password: one's own is changed with the current one, so a stolen session cannot take the account. */
    public void resetPassword(String username, PasswordReset reset, String actingAdmin) {
        StaffUser user = existing(username);
        if (user.username.equals(actingAdmin)) {
            throw new Conflict("own-account", "To change your own password, use PUT /api/v1/admin/me/password with the current one.");
        }
        user.setPassword(reset.password());
    }

    public StaffAccount.View setActive(String username, boolean active, String actingAdmin) {
        StaffUser user = existing(username);
        if (!active && user.username.equals(actingAdmin)) {
            throw new Conflict("own-account", "You cannot deactivate your own account; ask another admin.");
        }
        user.active = active;
        return StaffAccount.View.of(user);
    }

    private static StaffUser existing(String username) {
        return StaffUser.findByUsername(username)
                .orElseThrow(() -> new NotFound("There is no staff account named '" + username + "'."));
    }
}
