package io.clinicbook.staff;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.security.jpa.Password;
import io.quarkus.security.jpa.Roles;
import io.quarkus.security.jpa.UserDefinition;
import io.quarkus.security.jpa.Username;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Optional;

/** A member of the clinic's staff who signs in with HTTP Basic; the password is stored as a bcrypt hash. */
@Entity
@Table(name = "staff_user")
@UserDefinition
public class StaffUser extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Username
    public String username;

    @Password
    public String password;

    /** {@code admin} or {@code staff}. */
    @Roles
    public String role;

    public static StaffUser create(String username, String plainPassword, String role) {
        StaffUser user = new StaffUser();
        user.username = username;
        user.password = BcryptUtil.bcryptHash(plainPassword);
        user.role = role;
        user.persist();
        return user;
    }

    public static Optional<StaffUser> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }
}
