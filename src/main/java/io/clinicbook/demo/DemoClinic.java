package io.clinicbook.demo;

import io.clinicbook.catalog.Audience;
import io.clinicbook.catalog.Catalogue;
import io.clinicbook.catalog.PractitionerDefinition;
import io.clinicbook.catalog.ServiceDefinition;
import io.clinicbook.catalog.ServiceType;
import io.clinicbook.clinic.BookingPolicy;
import io.clinicbook.clinic.ClinicConfig;
import io.clinicbook.clinic.ClinicService;
import io.clinicbook.clinic.ClinicSettings;
import io.clinicbook.i18n.LocalizedText;
import io.clinicbook.i18n.SupportedLocale;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Fills an empty database with a demo SOT clinic (see {@link ClinicConfig#demoData()}). Other features add their part by observing {@link DemoLoaded}.
 */
@ApplicationScoped
class DemoClinic {

    private static final Logger LOG = Logger.getLogger(DemoClinic.class);

    /** Fired inside the loading transaction once the clinic, services and practitioners exist. */
    public record DemoLoaded() {
    }

    @Inject
    ClinicConfig config;
    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;
    @Inject
    ClinicService clinic;
    @Inject
    Catalogue catalogue;
    @Inject
    Event<DemoLoaded> loaded;

    @Transactional
    void onStart(@Observes @Priority(10) StartupEvent event) {
        boolean wanted = config.demoData().orElse("h2".equals(dbKind));
        if (!wanted || ServiceType.count() > 0) {
            return;
        }
        clinic.update(new ClinicSettings("Riverside SOT Chiropractic", "America/New_York", "+1 555 010 4477",
                "frontdesk@riverside-sot.example", "120 Main Street, Springfield",
                List.of("http://localhost:8080", "https://www.riverside-sot.example"), SupportedLocale.en,
                new BookingPolicy(120, 60, 15, 24, false)));
        services().forEach(catalogue::create);
        practitioners().forEach(catalogue::create);
        loaded.fire(new DemoLoaded());
        LOG.info("Loaded the demo clinic into the empty database (set CLINIC_DEMO_DATA=false to start empty).");
    }

    private static List<ServiceDefinition> services() {
        return List.of(
                new ServiceDefinition("new-patient-exam",
                        new LocalizedText("New patient consultation and exam",
                                "Consulta y examen para pacientes nuevos"),
                        new LocalizedText("Your first visit: we talk through your health history and what brings you in, "
                                + "then check posture, pelvic balance and spinal movement. If SOT care suits you, "
                                + "you may receive a first gentle adjustment.",
                                "Su primera visita: repasamos su historia de salud y el motivo de la consulta, y luego "
                                + "revisamos la postura, el equilibrio pélvico y el movimiento de la columna. Si el "
                                + "cuidado SOT le conviene, puede recibir un primer ajuste suave."),
                        60, 0, 10, Audience.NEW_PATIENTS, true, 1),
                new ServiceDefinition("follow-up-adjustment",
                        new LocalizedText("Follow-up adjustment", "Ajuste de seguimiento"),
                        new LocalizedText("A visit for existing patients: a short check-in, an SOT assessment and a gentle "
                                + "adjustment, often with padded pelvic blocks.",
                                "Una visita para pacientes actuales: una breve conversación, una evaluación SOT y un "
                                + "ajuste suave, a menudo con bloques pélvicos acolchados."),
                        30, 0, 5, Audience.RETURNING_PATIENTS, true, 2),
                new ServiceDefinition("infant-child-visit",
                        new LocalizedText("Infant and child visit", "Visita para bebés y niños"),
                        new LocalizedText("Very light-touch care for babies and children, with a parent present throughout. "
                                + "Book it in the child's name; a parent or guardian is the contact.",
                                "Cuidado de toque muy ligero para bebés y niños, con uno de los padres presente en todo "
                                + "momento. Reserve a nombre del niño; el padre, la madre o el tutor es el contacto."),
                        30, 0, 10, Audience.ANYONE, true, 3),
                new ServiceDefinition("pregnancy-care",
                        new LocalizedText("Pregnancy care", "Cuidado durante el embarazo"),
                        new LocalizedText("Gentle SOT care adapted to each stage of pregnancy, focused on pelvic balance "
                                + "and comfort, with supportive positioning on the table.",
                                "Cuidado SOT suave adaptado a cada etapa del embarazo, centrado en el equilibrio pélvico "
                                + "y la comodidad, con una posición cómoda en la camilla."),
                        45, 0, 10, Audience.ANYONE, true, 4),
                new ServiceDefinition("cranial-tmj-session",
                        new LocalizedText("Cranial and jaw (TMJ) session", "Sesión craneal y de mandíbula (ATM)"),
                        new LocalizedText("For returning patients with headaches or jaw tension: light SOT cranial work "
                                + "alongside a pelvic and spinal check.",
                                "Para pacientes actuales con dolores de cabeza o tensión en la mandíbula: trabajo craneal "
                                + "SOT ligero junto con una revisión pélvica y de la columna."),
                        45, 5, 5, Audience.RETURNING_PATIENTS, true, 5));
    }

    private static List<PractitionerDefinition> practitioners() {
        return List.of(
                new PractitionerDefinition("dr-maya-lindqvist", "Dr. Maya Lindqvist", "DC, SOT Certified",
                        new LocalizedText("Maya has used SOT with families for over a decade and sees many pregnant "
                                + "patients and newborns.",
                                "Maya utiliza SOT con familias desde hace más de una década y atiende a muchas "
                                + "pacientes embarazadas y recién nacidos."),
                        List.of("en", "es"),
                        List.of("new-patient-exam", "follow-up-adjustment", "infant-child-visit", "pregnancy-care"), true, 1),
                new PractitionerDefinition("dr-samuel-okafor", "Dr. Samuel Okafor", "DC",
                        new LocalizedText("Samuel focuses on posture, sports strain and jaw tension, using SOT blocking "
                                + "and cranial methods.",
                                "Samuel se centra en la postura, las lesiones deportivas y la tensión mandibular, con "
                                + "bloques SOT y técnicas craneales."),
                        List.of("en"),
                        List.of("new-patient-exam", "follow-up-adjustment", "cranial-tmj-session"), true, 2),
                new PractitionerDefinition("dr-lucia-ferrer", "Dr. Lucía Ferrer", "DC, CACCP",
                        new LocalizedText("Lucía trained in pediatric chiropractic and cares for children of every age.",
                                "Lucía se formó en quiropráctica pediátrica y atiende a niños de todas las edades."),
                        List.of("es", "en"),
                        List.of("follow-up-adjustment", "infant-child-visit", "pregnancy-care"), true, 3));
    }
}
