package io.clinicbook.clinic;

import io.clinicbook.i18n.LocaleChoice;
import io.clinicbook.i18n.SupportedLocale;
import io.clinicbook.problem.InvalidParameter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.DateTimeException;
import java.time.ZoneId;

/** Reads and changes the clinic's settings. */
@ApplicationScoped
@Transactional
public class ClinicService {

    @Inject
    Event<ClinicSettings> changed;

    @Transactional(Transactional.TxType.SUPPORTS)
    public ClinicView view() {
        return ClinicView.of(Clinic.current());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ClinicSettings settings() {
        return ClinicSettings.of(Clinic.current());
    }

    /** The content locale a request asked for with {@code locale}, else the clinic's default. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public LocaleChoice locale(String requested) {
        SupportedLocale fallback = Clinic.current().defaultLocale;
        return new LocaleChoice(SupportedLocale.parse(requested, fallback, "locale"), fallback);
    }

    @ChangesScheduling
    public ClinicSettings update(ClinicSettings settings) {
        checkZone(settings.timeZone());
        Clinic clinic = Clinic.current();
        clinic.name = settings.name().trim();
        clinic.timeZone = settings.timeZone();
        clinic.phone = settings.phone().trim();
        clinic.email = settings.email().trim();
        clinic.address = settings.address();
        clinic.websiteOrigins = String.join(",", settings.websiteOrigins());
        clinic.defaultLocale = settings.defaultLocale();
        BookingPolicy policy = settings.bookingPolicy();
        clinic.minimumNoticeMinutes = policy.minimumNoticeMinutes();
        clinic.bookingHorizonDays = policy.bookingHorizonDays();
        clinic.slotStepMinutes = policy.slotStepMinutes();
        clinic.cancellationCutoffHours = policy.cancellationCutoffHours();
        clinic.requiresConfirmation = policy.requiresConfirmation();
        ClinicSettings saved = ClinicSettings.of(clinic);
        changed.fire(saved);
        return saved;
    }

    private static void checkZone(String zone) {
        try {
            ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new InvalidParameter("timeZone", "Unknown time zone '" + zone + "'; use an IANA name such as America/New_York.");
        }
    }
}
