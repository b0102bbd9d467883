package io.clinicbook.integration.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.time.ZoneId;
import java.util.List;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.util.Configurator;
import org.junit.jupiter.api.Test;

/** ical4j builds VTIMEZONEs from the definitions in its jar and never asks tzurl.org for updates. */
@QuarkusTest
class OfflineTimeZonesTest {

    @Test
    void timeZoneUpdatesFromTheNetworkAreOff() {
        assertThat(Configurator.getProperty("net.fortuna.ical4j.timezone.update.enabled")).contains("false");
    }

    @Test
    void theClinicsZoneComesWithItsDaylightSavingRules() {
        Ics ics = Ics.parse(IcsDocument.write(ZoneId.of("America/New_York"), null, "Test", List.of()));

        List<VTimeZone> zones = ics.calendar().getComponents("VTIMEZONE");
        assertThat(zones).hasSize(1);
        assertThat(zones.get(0).getTimeZoneId().getValue()).isEqualTo("America/New_York");
        assertThat(zones.get(0).getObservances()).anyMatch(observance -> "DAYLIGHT".equals(observance.getName()));
    }
}
