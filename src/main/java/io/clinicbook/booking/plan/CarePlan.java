package io.clinicbook.booking.plan;

import io.clinicbook.booking.Person;
import io.clinicbook.catalog.Practitioner;
import io.clinicbook.catalog.ServiceType;
import io.clinicbook.i18n.SupportedLocale;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.LockModeType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** A course of visits for one patient: the pattern it follows and, once booked, its visits (appointments naming it). */
@Entity
@Table(name = "care_plan")
public class CarePlan extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String reference;
    public String manageTokenHash;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "service_type_id")
    public ServiceType service;
    /** The practitioner asked for; null: any, the same one throughout. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "practitioner_id")
    public Practitioner practitioner;
    public Integer visitsPerWeek;
    /** Comma-separated {@link DayOfWeek} names, or null (then the practitioner's working days). */
    public String weekdays;
    public Integer weeks;
    /** Comma-separated ISO dates of an explicit plan, or null. */
    public String dates;
    public LocalTime timeOfDay;
    public LocalDate earliestStart;
    @Enumerated(EnumType.STRING)
    public PlanStatus status;
    @Embedded
    public Person patient;
    public LocalDate patientDateOfBirth;
    @Embedded
    public Person contact;
    public String contactRelationship;
    public boolean newPatient;
    @Enumerated(EnumType.STRING)
    public SupportedLocale locale;
    public String patientTimeZone;
    public boolean consentToContact;
    public String createdBy;
    public Instant createdAt;
    public Instant updatedAt;
    public Instant bookedAt;
    public LocalDate cancelledFrom;
    public Instant erasedAt;
    @Version
    public int version;

    static Optional<CarePlan> findByReference(String reference) {
        return find("reference", reference).firstResultOptional();
    }

    /** The plan with its row locked until the transaction ends: bookings and cancellations of one plan queue up. */
    static Optional<CarePlan> lockByReference(String reference) {
        return find("reference", reference).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** Plans whose patient or contact has this (lower-case) email address, locked until the transaction ends. */
    public static List<CarePlan> lockWithEmail(String email) {
        return find("patient.email = ?1 or contact.email = ?1", email).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    List<DayOfWeek> weekdayList() {
        return weekdays == null ? List.of() : Arrays.stream(weekdays.split(",")).map(DayOfWeek::valueOf).toList();
    }

    List<LocalDate> dateList() {
        return dates == null ? List.of() : Arrays.stream(dates.split(",")).map(LocalDate::parse).toList();
    }

    void setWeekdays(List<DayOfWeek> days) {
        weekdays = days.isEmpty() ? null : days.stream().map(DayOfWeek::name).collect(Collectors.joining(","));
    }

    void setDates(List<LocalDate> list) {
        dates = list.isEmpty() ? null : list.stream().map(LocalDate::toString).collect(Collectors.joining(","));
    }

    /** Clears the patient's data and the token; the plan stays for statistics. */
    public void erase(Instant now) {
        patient = null;
        contact = null;
        patientDateOfBirth = null;
        contactRelationship = null;
        patientTimeZone = null;
        manageTokenHash = null;
        erasedAt = now;
        updatedAt = now;
    }
}
