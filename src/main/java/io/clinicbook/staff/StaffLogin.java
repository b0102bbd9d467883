package io.clinicbook.staff;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.security.jpa.Password;
import io.quarkus.security.jpa.Roles;
import io.quarkus.security.jpa.UserDefinition;
import io.quarkus.security.jpa.Username;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.SQLRestriction;

/**
 * What HTTP Basic sign-in reads of the staff table: active accounts only, so a deactivated account
 * cannot sign in while it stays in the table (and in the audit trail). Accounts are written through
 * {@link StaffUser}.
 */
@Entity
@Table(name = "staff_user")
@Immutable
@SQLRestriction("active = true")
@UserDefinition
class StaffLogin extends PanacheEntityBase {

    @Id
    public Long id;

    @Username
    public String username;

    @Password
    public String password;

    @Roles
    public String role;
}
