package io.clinicbook.catalog;

import io.clinicbook.i18n.LocalizedText;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** An appointment type the clinic offers ("service" on the wire), such as a follow-up adjustment. */
@Entity
@Table(name = "service_type")
public class ServiceType extends PanacheEntityBase {

    public static final int MIN_DURATION_MINUTES = 5;
    public static final int MAX_DURATION_MINUTES = 480;
    public static final int MAX_BUFFER_MINUTES = 120;
    /** The longest time one appointment can keep from others: the longest visit with both buffers at their longest. */
    public static final Duration LONGEST_HOLD = Duration.ofMinutes(MAX_DURATION_MINUTES + 2L * MAX_BUFFER_MINUTES);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String slug;
    @Embedded
    public LocalizedText name;
    @Embedded
    public LocalizedText description;
    public int durationMinutes;
    public int bufferBeforeMinutes;
    public int bufferAfterMinutes;
    @Enumerated(EnumType.STRING)
    public Audience audience;
    public boolean active;
    public int displayOrder;

    public static Optional<ServiceType> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public static List<ServiceType> listActive() {
        return list("active", Sort.by("displayOrder").and("slug"), true);
    }

    public Duration duration() {
        return Duration.ofMinutes(durationMinutes);
    }

    public Duration bufferBefore() {
        return Duration.ofMinutes(bufferBeforeMinutes);
    }

    public Duration bufferAfter() {
        return Duration.ofMinutes(bufferAfterMinutes);
    }
}
