package io.clinicbook.availability.workingtime;

import io.quarkus.panache.common.Sort;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;

/** The whole clinic is closed: a public holiday, a training day, the afternoon before Christmas. */
@Entity
@Table(name = "clinic_closure")
class Closure extends Absence {

    /** The closures that touch some day between {@code from} and {@code to}. */
    static List<Closure> touching(LocalDate from, LocalDate to) {
        return list("lastDay >= ?1 and firstDay <= ?2", Sort.by("firstDay").and("id"), from, to);
    }
}
