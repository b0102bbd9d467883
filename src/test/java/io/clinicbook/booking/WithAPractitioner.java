package io.clinicbook.booking;

import io.clinicbook.catalog.CatalogueFixtures;
import org.junit.jupiter.api.BeforeEach;

/** Booking tests that need one 30-minute service and a practitioner of their own who offers it on weekdays. */
public abstract class WithAPractitioner extends OnAFixedMorning {

    protected String service;
    protected String dr;

    @BeforeEach
    protected void createPractitioner() {
        service = CatalogueFixtures.service(30);
        dr = BookingFixtures.practitioner(service);
    }
}
