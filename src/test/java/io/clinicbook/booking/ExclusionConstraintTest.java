package io.clinicbook.booking;

import static io.clinicbook.booking.BookingFixtures.november;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.agroal.api.AgroalDataSource;
import io.clinicbook.catalog.CatalogueFixtures;
import io.clinicbook.catalog.Practitioner;
import io.clinicbook.catalog.ServiceType;
import io.clinicbook.i18n.SupportedLocale;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The second wall: on PostgreSQL the schema itself refuses overlapping holding appointments. */
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
