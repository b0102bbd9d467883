package io.clinicbook.demo;

import io.clinicbook.faq.FaqCategoryDefinition;
import io.clinicbook.faq.FaqCategoryEditor;
import io.clinicbook.faq.FaqEditor;
import io.clinicbook.faq.FaqEntryDefinition;
import io.clinicbook.i18n.LocalizedText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;

/** The demo clinic's FAQ in English and Spanish, added when {@link DemoClinic} loads. */
@ApplicationScoped
class DemoFaq {

    private static final String ABOUT = "about-sot";
    private static final String VISITS = "your-visits";
    private static final String FAMILIES = "babies-children-pregnancy";
    private static final String BOOKING = "booking";

    @Inject
    FaqCategoryEditor categories;
    @Inject
    FaqEditor entries;

    void onDemoLoaded(@Observes DemoClinic.DemoLoaded loaded) {
        categories.create(new FaqCategoryDefinition(ABOUT, new LocalizedText("About SOT", "Sobre la técnica SOT")));
        categories.create(new FaqCategoryDefinition(VISITS, new LocalizedText("Your visits", "Sus visitas")));
        categories.create(new FaqCategoryDefinition(FAMILIES,
                new LocalizedText("Babies, children and pregnancy", "Bebés, niños y embarazo")));
        categories.create(new FaqCategoryDefinition(BOOKING,
                new LocalizedText("Booking and cancelling", "Reservas y cancelaciones")));
        about().forEach(entries::create);
        visits().forEach(entries::create);
        families().forEach(entries::create);
        booking().forEach(entries::create);
    }

    private static List<FaqEntryDefinition> about() {
        return List.of(
                entry(ABOUT, List.of("sot"), "What is SOT?",
                        "SOT, short for Sacro Occipital Technique, is a style of chiropractic care named after the two "
                        + "places it watches most closely: the sacrum, the wedge of bone between your hips at the bottom "
                        + "of the spine, and the occiput, the back of your skull. When those two ends work well together, "
                        + "the spine between them can settle and your body carries less strain.\n\n"
                        + "Dr. Major Bertrand DeJarnette, a chiropractor and osteopath, began building the method in the "
                        + "1920s and refined it over many years of clinical work.",
                        "¿Qué es SOT?",
                        "SOT, siglas de Sacro Occipital Technique (técnica sacro-occipital), es una forma de quiropráctica "
                        + "que recibe su nombre de las dos zonas que más vigila: el sacro, el hueso en forma de cuña entre "
                        + "las caderas al final de la columna, y el occipucio, la parte de atrás del cráneo. Cuando esos dos "
                        + "extremos trabajan bien juntos, la columna que los une puede asentarse y el cuerpo soporta menos "
                        + "tensión.\n\n"
                        + "El Dr. Major Bertrand DeJarnette, quiropráctico y osteópata, empezó a desarrollar el método en "
                        + "la década de 1920 y lo fue perfeccionando durante muchos años de trabajo clínico."),
                entry(ABOUT, List.of("blocks", "pelvis"), "Why do you put wedges under my pelvis?",
                        "Those padded wedges are called SOT blocks. While you lie on the table, your chiropractor slides "
                        + "them under particular points of your pelvis. Your own weight and ordinary breathing then do the "
                        + "work, easing the pelvis toward a better position slowly and without any quick push.\n\n"
                        + "Where the blocks go depends on what the assessment shows that day, so the set-up can change "
                        + "from one visit to the next.",
                        "¿Para qué son las cuñas que se colocan bajo la pelvis?",
                        "Esas cuñas acolchadas se llaman bloques SOT. Mientras usted está en la camilla, el quiropráctico "
                        + "las coloca bajo puntos concretos de la pelvis. Su propio peso y su respiración normal hacen el "
                        + "resto: la pelvis se va acomodando poco a poco, sin ningún empujón brusco.\n\n"
                        + "La colocación depende de lo que muestre la evaluación de ese día, por eso puede cambiar de una "
                        + "visita a otra."),
                entry(ABOUT, List.of("gentle", "sot"), "Is SOT gentle? Will I hear cracking?",
                        "Yes, it is one of the lightest forms of chiropractic care. Most of the correction comes from "
                        + "positioning and gravity rather than force, and the touch on the head is very soft. Usually "
                        + "there is no cracking or popping at all.\n\n"
                        + "That makes SOT a good choice if chiropractic makes you nervous, if you are in acute pain, or "
                        + "if you simply prefer a calm, quiet treatment. Plenty of patients relax so much that they doze "
                        + "off on the blocks.",
                        "¿Es suave la técnica SOT? ¿Se oyen crujidos?",
                        "Sí, es una de las formas más suaves de quiropráctica. La mayor parte de la corrección viene de "
                        + "la posición y de la gravedad, no de la fuerza, y el contacto en la cabeza es muy ligero. Lo "
                        + "normal es que no haya crujidos ni chasquidos.\n\n"
                        + "Por eso SOT es una buena opción si la quiropráctica le pone nervioso, si tiene un dolor agudo "
                        + "o si prefiere un tratamiento tranquilo. Muchos pacientes se relajan tanto que se quedan "
                        + "dormidos sobre los bloques."),
                entry(ABOUT, List.of("sot"), "Can SOT be combined with my other care?",
                        "Usually, yes. SOT gives your chiropractor a detailed picture of where your body is under strain, "
                        + "and that picture can guide other methods as well, such as soft-tissue work or exercises at home. "
                        + "Tell us about any other treatment you receive, from your doctor or a physiotherapist for "
                        + "example, so that we can plan around it.",
                        "¿Puedo combinar SOT con otros tratamientos?",
                        "Normalmente, sí. SOT le da al quiropráctico una imagen detallada de dónde está la tensión en su "
                        + "cuerpo, y esa imagen sirve también para otros métodos, como el trabajo de tejidos blandos o los "
                        + "ejercicios en casa. Cuéntenos qué otros tratamientos recibe, por ejemplo de su médico o de un "
                        + "fisioterapeuta, para tenerlos en cuenta."));
    }

    private static List<FaqEntryDefinition> visits() {
        return List.of(
                entry(VISITS, List.of("first-visit"), "What happens at my first visit?",
                        "Plan on about an hour. We begin by talking through your health history and what brought you in. "
                        + "Then your chiropractor checks your posture and leg length, feels for tender spots along the "
                        + "spine, pelvis and skull, and watches how you move.\n\n"
                        + "If SOT suits you, you will usually have a first gentle treatment on the padded blocks the same "
                        + "day. Before you leave we explain what we found and suggest a plan.",
                        "¿Qué pasa en la primera visita?",
                        "Cuente con una hora aproximadamente. Empezamos hablando de su historia de salud y del motivo de "
                        + "la consulta. Después, el quiropráctico revisa su postura y la longitud de sus piernas, busca "
                        + "puntos sensibles en la columna, la pelvis y el cráneo, y observa cómo se mueve.\n\n"
                        + "Si SOT le conviene, normalmente recibirá ese mismo día un primer tratamiento suave sobre los "
                        + "bloques acolchados. Antes de que se vaya le explicamos lo que encontramos y le proponemos un plan."),
                entry(VISITS, List.of("first-visit", "clothing"), "What should I wear?",
                        "Something comfortable that lets you lie face down and face up with ease, such as soft trousers or "
                        + "leggings and a T-shirt. You stay dressed for the whole visit. If you can, leave big belt "
                        + "buckles, chunky jewellery and hair clips at home: they get in the way on the table.",
                        "¿Qué ropa debo llevar?",
                        "Ropa cómoda con la que pueda tumbarse boca abajo y boca arriba sin problema, por ejemplo un "
                        + "pantalón suave o unas mallas y una camiseta. Permanece vestido durante toda la visita. Si "
                        + "puede, deje en casa los cinturones con hebillas grandes, las joyas voluminosas y las pinzas "
                        + "para el pelo: molestan en la camilla."),
                entry(VISITS, List.of("plan"), "How many visits will I need?",
                        "That depends on you. Some people notice a change after the first treatment; others improve step "
                        + "by step over several visits, because SOT follows the body's own pace instead of forcing it.\n\n"
                        + "After your first assessment, your chiropractor will suggest how often to come and when to look "
                        + "at your progress together. You can ask questions at any point and decide how you want to go on.",
                        "¿Cuántas visitas necesitaré?",
                        "Depende de cada persona. Algunas notan un cambio tras el primer tratamiento; otras mejoran poco a "
                        + "poco a lo largo de varias visitas, porque SOT sigue el ritmo del propio cuerpo en lugar de "
                        + "forzarlo.\n\n"
                        + "Después de la primera evaluación, el quiropráctico le propondrá con qué frecuencia venir y "
                        + "cuándo revisar juntos su evolución. Puede preguntar en cualquier momento y decidir cómo quiere "
                        + "continuar."),
                entry(VISITS, List.of("aftercare"), "How will I feel after a treatment?",
                        "Most people leave feeling calm and loose. Some feel better straight away; for others the change "
                        + "shows over the next day or two while the body adjusts. Drink some water, move about as usual, "
                        + "and tell us at your next visit how the days in between went.",
                        "¿Cómo me sentiré después del tratamiento?",
                        "La mayoría de las personas salen tranquilas y con el cuerpo suelto. Algunas se sienten mejor "
                        + "enseguida; en otras, el cambio se nota durante el día o los dos días siguientes, mientras el "
                        + "cuerpo se adapta. Beba agua, muévase con normalidad y cuéntenos en la siguiente visita cómo le "
                        + "fueron esos días."));
    }

    private static List<FaqEntryDefinition> families() {
        return List.of(
                entry(FAMILIES, List.of("babies"), "Do you see newborns and babies?",
                        "Yes. Babies get the lightest touch we use, little more than the weight of a fingertip. Many sleep "
                        + "through the visit or feed while we work, and a parent stays with them the whole time.\n\n"
                        + "Parents often bring babies who find feeding or latching hard, who are hard to settle, or who "
                        + "always turn their head to the same side. Being born is hard work for a baby too, and a gentle "
                        + "check early on is a good start.",
                        "¿Atienden a recién nacidos y bebés?",
                        "Sí. Los bebés reciben el toque más ligero que usamos, apenas el peso de la yema de un dedo. Muchos "
                        + "duermen durante la visita o comen mientras trabajamos, y uno de los padres está con ellos todo "
                        + "el tiempo.\n\n"
                        + "Los padres suelen traer bebés a los que les cuesta comer o agarrarse al pecho, que se calman "
                        + "con dificultad o que giran siempre la cabeza hacia el mismo lado. Nacer también es un esfuerzo "
                        + "para el bebé, y una revisión suave temprana es un buen comienzo."),
                entry(FAMILIES, List.of("children"), "Is SOT suitable for children?",
                        "Yes. Children of every age get the same light, unhurried care, scaled to their size. Growing "
                        + "bodies meet plenty of strain, from heavy school bags and long hours at a desk to tumbles and "
                        + "sport. Most children find the visits easy, and some even look forward to them.\n\n"
                        + "A parent or guardian stays in the room throughout.",
                        "¿Es adecuada la técnica SOT para niños?",
                        "Sí. Los niños de todas las edades reciben el mismo cuidado ligero y sin prisas, adaptado a su "
                        + "tamaño. Un cuerpo en crecimiento soporta mucha tensión: mochilas pesadas, horas sentado en el "
                        + "pupitre, caídas y deporte. A la mayoría de los niños las visitas les resultan fáciles, y "
                        + "algunos hasta las esperan con ganas.\n\n"
                        + "El padre, la madre o el tutor permanece en la sala todo el tiempo."),
                entry(FAMILIES, List.of("pregnancy"), "Can I come while I am pregnant?",
                        "Yes. SOT is gentle enough for every stage of pregnancy, and we arrange the blocks and the table "
                        + "so that you lie comfortably as your bump grows. Because the method centres on the balance of "
                        + "the pelvis, it can ease the back and pelvic aches many people feel in pregnancy, and a balanced "
                        + "pelvis leaves your baby more room.\n\n"
                        + "After the birth we can help your body recover from pregnancy and delivery. When you book, "
                        + "please tell us how many weeks along you are.",
                        "¿Puedo venir durante el embarazo?",
                        "Sí. SOT es lo bastante suave para cualquier etapa del embarazo, y colocamos los bloques y la "
                        + "camilla para que esté cómoda a medida que crece la barriga. Como el método se centra en el "
                        + "equilibrio de la pelvis, puede aliviar las molestias de espalda y pelvis que muchas personas "
                        + "sienten durante el embarazo, y una pelvis equilibrada deja más espacio al bebé.\n\n"
                        + "Después del parto podemos ayudar a su cuerpo a recuperarse del embarazo y del parto. Al "
                        + "reservar, indíquenos de cuántas semanas está."));
    }

    private static List<FaqEntryDefinition> booking() {
        return List.of(
                entry(BOOKING, List.of("booking"), "How do I book an appointment?",
                        "Use the online booking button on our website: choose the type of visit, a practitioner if you "
                        + "have a preference, and a free time. You can book up to 60 days ahead and until two hours before "
                        + "a visit. You then receive a reference code and a private link to manage the booking.\n\n"
                        + "New to the clinic? Choose the new patient consultation. If you would rather talk to someone, "
                        + "call the front desk on +1 555 010 4477.",
                        "¿Cómo reservo una cita?",
                        "Use el botón de reserva en línea de nuestra web: elija el tipo de visita, un profesional si "
                        + "tiene preferencia y un horario libre. Puede reservar con hasta 60 días de antelación y hasta "
                        + "dos horas antes de la visita. Después recibirá un código de referencia y un enlace privado "
                        + "para gestionar la reserva.\n\n"
                        + "¿Es su primera vez en la clínica? Elija la consulta para pacientes nuevos. Si prefiere hablar "
                        + "con alguien, llame a recepción al +1 555 010 4477."),
                entry(BOOKING, List.of("cancelling", "booking"), "How do I cancel or move my appointment?",
                        "Open the private link you received when you booked. From there you can cancel, or move the "
                        + "visit to another free time, until 24 hours before it starts. Closer to the day, please call "
                        + "us on +1 555 010 4477 so that we can offer the time to someone else.\n\n"
                        + "Keep the link to yourself: anyone who has it can change the booking.",
                        "¿Cómo cancelo o cambio mi cita?",
                        "Abra el enlace privado que recibió al reservar. Desde allí puede cancelar la visita o pasarla a "
                        + "otro horario libre hasta 24 horas antes de que empiece. Si falta menos, llámenos al "
                        + "+1 555 010 4477 para que podamos ofrecer ese horario a otra persona.\n\n"
                        + "No comparta el enlace: cualquiera que lo tenga puede modificar la reserva."),
                entry(BOOKING, List.of("booking", "children"), "Can I book for my child or my partner?",
                        "Yes. For a child, choose the infant and child visit and book in the child's name, with your own "
                        + "details as the contact. For a pregnant partner, choose pregnancy care and enter their name as "
                        + "the patient. Each person needs an appointment of their own.",
                        "¿Puedo reservar para mi hijo o para mi pareja?",
                        "Sí. Para un niño, elija la visita para bebés y niños y reserve a nombre del niño, con sus propios "
                        + "datos como contacto. Para una pareja embarazada, elija el cuidado durante el embarazo e "
                        + "indique su nombre como paciente. Cada persona necesita su propia cita."));
    }

    /** A published entry: question and answer in English, then in Spanish. */
    private static FaqEntryDefinition entry(String category, List<String> tags, String questionEn, String answerEn,
                                            String questionEs, String answerEs) {
        return new FaqEntryDefinition(category, new LocalizedText(questionEn, questionEs),
                new LocalizedText(answerEn, answerEs), tags, true);
    }
}
