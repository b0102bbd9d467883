package io.clinicbook.availability;

import static io.clinicbook.Staff.asAdmin;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Sets the clinic's zone and booking policy for one test. All test classes share one service, so a
 * test that uses it calls {@link #restore()} in {@code @AfterEach}.
 */
public final class ClinicPolicy {

    private static final ObjectMapper JSON = new ObjectMapper();
    private String saved;

    /** Sets the zone, minimum notice (minutes), booking horizon (days) and slot step (minutes). */
    public ClinicPolicy set(String zone, int minimumNoticeMinutes, int bookingHorizonDays, int slotStepMinutes) {
        try {
            String current = asAdmin().get("/api/v1/admin/clinic").then().statusCode(200).extract().asString();
            if (saved == null) {
                saved = current;
            }
            ObjectNode settings = (ObjectNode) JSON.readTree(current);
            settings.put("timeZone", zone);
            ObjectNode policy = (ObjectNode) settings.get("bookingPolicy");
            policy.put("minimumNoticeMinutes", minimumNoticeMinutes);
            policy.put("bookingHorizonDays", bookingHorizonDays);
            policy.put("slotStepMinutes", slotStepMinutes);
            asAdmin().body(JSON.writeValueAsString(settings)).put("/api/v1/admin/clinic").then().statusCode(200);
            return this;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("The clinic's settings are not JSON", e);
        }
    }

    /** Puts back the settings found before the first {@link #set}. */
    public void restore() {
        if (saved != null) {
            asAdmin().body(saved).put("/api/v1/admin/clinic").then().statusCode(200);
            saved = null;
        }
    }
}
