package io.clinicbook.availability.engine;

import io.clinicbook.catalog.ServiceType;
import java.time.Duration;

/** What a service asks of the calendar: the visit and the buffers around it. */
public record ServiceTiming(long id, String slug, boolean active, Duration visit, Duration bufferBefore, Duration bufferAfter) {

    public static ServiceTiming of(ServiceType service) {
        return new ServiceTiming(service.id, service.slug, service.active, service.duration(), service.bufferBefore(),
                service.bufferAfter());
    }
}
