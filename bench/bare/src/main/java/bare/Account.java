package bare;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import io.quarkus.security.jpa.Password;
import io.quarkus.security.jpa.Roles;
import io.quarkus.security.jpa.UserDefinition;
import io.quarkus.security.jpa.Username;
import jakarta.persistence.Entity;

/** The one entity: Hibernate ORM and security-jpa start as they do in the service. */
@Entity
@UserDefinition
public class Account extends PanacheEntity {
    @Username
    public String username;
    @Password
    public String password;
    @Roles
    public String roles;
}
