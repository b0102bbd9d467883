package io.clinicbook.catalog;

import static io.clinicbook.Staff.asAdmin;
import static io.clinicbook.Staff.uniqueSlug;

import java.util.List;
import java.util.stream.Collectors;

/** Creates services and practitioners through the admin API, each with a slug of its own. */
public final class CatalogueFixtures {

    private CatalogueFixtures() {
    }

    public static String service(int durationMinutes, int bufferBefore, int bufferAfter, String audience) {
        String slug = uniqueSlug("svc");
        asAdmin().body("""
                {"slug":"%s","name":{"en":"Test visit","es":"Visita de prueba"},
                 "description":{"en":"A visit made by a test."},
                 "durationMinutes":%d,"bufferBeforeMinutes":%d,"bufferAfterMinutes":%d,
                 "audience":"%s","active":true,"displayOrder":50}""".formatted(slug, durationMinutes, bufferBefore, bufferAfter, audience))
                .post("/api/v1/admin/services").then().statusCode(201);
        return slug;
    }

    public static String service(int durationMinutes) {
        return service(durationMinutes, 0, 0, "ANYONE");
    }

    public static String practitioner(String... serviceSlugs) {
        String slug = uniqueSlug("dr");
        String services = List.of(serviceSlugs).stream().map(s -> "\"" + s + "\"").collect(Collectors.joining(","));
        asAdmin().body("""
                {"slug":"%s","displayName":"Dr. Test","credentials":"DC","bio":{"en":"Tests things."},
                 "languages":["en"],"services":[%s],"active":true,"displayOrder":50}""".formatted(slug, services))
                .post("/api/v1/admin/practitioners").then().statusCode(201);
        return slug;
    }
}
