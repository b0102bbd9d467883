package io.clinicbook.staff;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Optional;

/**
 * A member of the clinic's staff who signs in with HTTP Basic (through {@link StaffLogin}); the
 * password is stored as a bcrypt hash. Never deleted, only deactivated.
 */
@Entity
@Table(name = "staff_user")
class StaffUser extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String username;

    public String password;

    /** {@code admin} or {@code staff}. */
    public String role;

    /** A deactivated account cannot sign in. */
    public boolean active = true;

    public static StaffUser create(String username, String plainPassword, String role) {
        StaffUser user = new StaffUser();
        user.username = username;
        user.setPassword(plainPassword);
        user.role = role;
        user.persist();
        return user;
    }

    public static Optional<StaffUser> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    void setPassword(String plainPassword) {
        password = BcryptUtil.bcryptHash(plainPassword);
    }

    boolean hasPassword(String plainPassword) {
        return BcryptUtil.matches(plainPassword, password);
    }
}
