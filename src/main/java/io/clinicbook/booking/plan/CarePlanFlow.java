package io.clinicbook.booking.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.clinicbook.booking.guard.ReferenceTaken;
import io.clinicbook.booking.idempotency.IdempotencyStore;
import io.clinicbook.booking.idempotency.IdempotencyStore.KeyClaimed;
import io.clinicbook.problem.InvalidParameter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;

/**
 * Around the plan's booking transaction, as {@code booking.request.BookingFlow} around a single booking: it
 * runs again on a reference clash or when a request with the same Idempotency-Key claimed the key first (whose
 * answer is then replayed), and refused visits get their alternatives once the failed transaction has ended.
 */
@ApplicationScoped
class CarePlanFlow {

    private static final int ATTEMPTS = 3;

    @Inject
    PlanBookings bookings;
    @Inject
    IdempotencyStore idempotency;
    @Inject
    ObjectMapper json;

    PlanBookings.Answer book(String reference, String token, String actor, PlanBooking booking, String idempotencyKey) {
        Optional<IdempotencyStore.Key> key = Optional.ofNullable(idempotencyKey).map(k -> idempotency.key(k, canonical(reference, booking)));
        for (int attempt = 1; ; attempt++) {
            try {
                return bookings.book(reference, token, actor, booking, key);
            } catch (PlanVisitsUnavailable refused) {
                throw bookings.withAlternatives(refused);
            } catch (ReferenceTaken e) {
                if (attempt == ATTEMPTS) {
                    throw new IllegalStateException("No free reference after " + attempt + " attempts", e);
                }
            } catch (KeyClaimed e) {
                Optional<IdempotencyStore.Replay> replay = idempotency.afterClaimed(key.orElseThrow());
                if (replay.isPresent()) {
                    return new PlanBookings.Answer(replay.get().status(), replay.get().location(), replay.get().body(), true);
                }
                if (attempt == ATTEMPTS) {
                    throw IdempotencyStore.stillClaimed();
                }
            }
        }
    }

    /** The plan and the visits as JSON from their parsed form: the key belongs to this plan and these visits. */
    private byte[] canonical(String reference, PlanBooking booking) {
        try {
            return json.writeValueAsBytes(Map.of("carePlan", reference, "booking", booking));
        } catch (JsonProcessingException e) {
            throw new InvalidParameter("body", "The request could not be read back as JSON.");
        }
    }
}
