package io.clinicbook.booking.guard;

import static io.clinicbook.booking.BookingFixtures.november;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.agroal.api.AgroalDataSource;
import io.clinicbook.booking.Appointment;
import io.clinicbook.booking.AppointmentStatus;
import io.clinicbook.booking.BookingFixtures;
import io.clinicbook.booking.OnAFixedMorning;
import io.clinicbook.catalog.CatalogueFixtures;
import io.clinicbook.catalog.Practitioner;
import io.clinicbook.catalog.ServiceType;
import io.clinicbook.i18n.SupportedLocale;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The second wall: on PostgreSQL the schema itself refuses overlapping holding appointments; and what the schema tells apart. */
@QuarkusTest
class ExclusionConstraintTest extends OnAFixedMorning {

    @Inject
    SlotGuard guard;
    @Inject
    AgroalDataSource dataSource;

    @Test
    void anOverlapWrittenWithoutTheLockIsStillRefusedAsTaken() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            assumeTrue(connection.getMetaData().getDatabaseProductName().equals("PostgreSQL"), "PostgreSQL only");
        }
        String service = CatalogueFixtures.service(30, 0, 10, "ANYONE");
        String dr = BookingFixtures.practitioner(service);
        BookingFixtures.book(service, dr, november(4, 9, 0));

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() ->
                guard.write(appointment(service, dr, november(4, 9, 35).toInstant()), null)))
                .isInstanceOf(SlotTaken.class);
        QuarkusTransaction.requiringNew().run(() -> guard.write(appointment(service, dr, november(4, 9, 40).toInstant()), null));
    }

    @Test
    void theConstraintHoldsTimeForTheStatusesTheSearchAndBookingRead() throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            assumeTrue(connection.getMetaData().getDatabaseProductName().equals("PostgreSQL"), "PostgreSQL only");
            ResultSet definition = statement.executeQuery(
                    "select pg_get_constraintdef(oid) from pg_constraint where conname = 'appointment_no_overlap'");
            assertThat(definition.next()).isTrue();
            Matcher quoted = Pattern.compile("'([A-Z_]+)'").matcher(definition.getString(1));
            Set<String> statuses = new TreeSet<>();
            while (quoted.find()) {
                statuses.add(quoted.group(1));
            }
            assertThat(statuses).isEqualTo(AppointmentStatus.HOLDING_TIME.stream().map(Enum::name).collect(Collectors.toSet()));
        }
    }

    @Test
    void aReferenceThatClashesIsToldApartByTheConstraintsName() {
        String service = CatalogueFixtures.service(30, 0, 10, "ANYONE");
        String dr = BookingFixtures.practitioner(service);
        String reference = BookingFixtures.book(service, dr, november(4, 9, 0))[0];
        Appointment clash = appointment(service, dr, november(4, 11, 0).toInstant());
        clash.reference = reference;

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> guard.write(clash, null)))
                .isInstanceOf(ReferenceTaken.class);
    }

    /** An appointment made behind the booking service's back: no lock, no re-check. */
    private static Appointment appointment(String service, String practitioner, Instant start) {
        Appointment appointment = new Appointment();
        appointment.reference = "T" + Long.toString(System.nanoTime(), 36).toUpperCase().substring(0, 7);
        appointment.service = ServiceType.findBySlug(service).orElseThrow();
        appointment.practitioner = Practitioner.findBySlug(practitioner).orElseThrow();
        appointment.placeAt(start);
        appointment.status = AppointmentStatus.REQUESTED;
        appointment.locale = SupportedLocale.en;
        appointment.createdAt = start;
        return appointment;
    }
}
