package io.clinicbook.availability.workingtime;

import io.quarkus.panache.common.Sort;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A practitioner's leave, seminar or appointment of their own. */
@Entity
@Table(name = "time_off")
class TimeOff extends Absence {

    public Long practitionerId;

    static Optional<TimeOff> findOf(long practitionerId, long id) {
        return find("id = ?1 and practitionerId = ?2", id, practitionerId).firstResultOptional();
    }

    static List<TimeOff> ofPractitioner(long practitionerId, LocalDate from, LocalDate to) {
        return list("practitionerId = ?1 and lastDay >= ?2 and firstDay <= ?3", Sort.by("firstDay").and("id"),
                practitionerId, from, to);
    }
}
