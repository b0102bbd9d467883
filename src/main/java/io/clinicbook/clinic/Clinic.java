package io.clinicbook.clinic;

import io.clinicbook.i18n.SupportedLocale;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

/** The clinic's settings: one row, created by the first migration and edited by admins. */
@Entity
@Table(name = "clinic")
public class Clinic extends PanacheEntityBase {

    static final long THE_CLINIC = 1L;

    @Id
    public Long id;
    public String name;
    public String timeZone;
    public String phone;
    public String email;
    public String address;
    /** Comma-separated origins (scheme://host[:port]) of the clinic's websites, for CORS. */
    public String websiteOrigins;
    @Enumerated(EnumType.STRING)
    public SupportedLocale defaultLocale;
    public int minimumNoticeMinutes;
    public int bookingHorizonDays;
    public int slotStepMinutes;
    public int cancellationCutoffHours;
    public boolean requiresConfirmation;

    public static Clinic current() {
        return findById(THE_CLINIC);
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public List<String> origins() {
        return websiteOrigins == null || websiteOrigins.isBlank() ? List.of()
                : Arrays.stream(websiteOrigins.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
