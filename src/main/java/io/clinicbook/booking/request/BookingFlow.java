package io.clinicbook.booking.request;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.clinicbook.booking.guard.ReferenceTaken;
import io.clinicbook.booking.guard.SlotTaken;
import io.clinicbook.booking.idempotency.IdempotencyStore;
import io.clinicbook.booking.idempotency.IdempotencyStore.KeyClaimed;
import io.clinicbook.booking.metrics.BookingMetrics;
import io.clinicbook.booking.selfservice.AppointmentView;
import io.clinicbook.booking.selfservice.SelfService;
import io.clinicbook.problem.InvalidParameter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What happens around the booking transaction: it runs again when its reference clashed or when a
 * request with the same Idempotency-Key claimed the key first (whose answer is then replayed); a taken
 * slot gets its suggestions once the failed transaction has given its connection back (so that a burst
 * of losers never needs two connections each).
 */
@ApplicationScoped
public class BookingFlow {

    private static final int ATTEMPTS = 3;

    @Inject
    BookingService booking;
    @Inject
    SelfService selfService;
    @Inject
    IdempotencyStore idempotency;
    @Inject
    BookingMetrics metrics;
    @Inject
    ObjectMapper json;

    public BookingResponse submit(BookingRequest request, String idempotencyKey) {
        request.checkReachable();
        Optional<IdempotencyStore.Key> key = Optional.ofNullable(idempotencyKey).map(k -> idempotency.key(k, canonical(request)));
        for (int attempt = 1; ; attempt++) {
            try {
                BookingResponse response = suggestingOnTaken(() -> booking.request(request, key));
                if (response.replayed()) {
                    metrics.replayed();
                }
                return response;
            } catch (ReferenceTaken e) {
                if (attempt == ATTEMPTS) {
                    throw new IllegalStateException("No free reference after " + attempt + " attempts", e);
                }
            } catch (KeyClaimed e) {
                Optional<IdempotencyStore.Replay> replay = idempotency.afterClaimed(key.orElseThrow());
                if (replay.isPresent()) {
                    metrics.replayed();
                    return BookingResponse.replaying(replay.get());
                }
                if (attempt == ATTEMPTS) {
                    throw IdempotencyStore.stillClaimed();
                }
            }
        }
    }

    public AppointmentView reschedule(String reference, String token, OffsetDateTime start) {
        return suggestingOnTaken(() -> selfService.reschedule(reference, token, start.toInstant()));
    }

    private <T> T suggestingOnTaken(Supplier<T> transaction) {
        try {
            return transaction.get();
        } catch (SlotTaken taken) {
            metrics.conflict();
            throw taken.withNextSlots(booking.nextFree(taken));
        }
    }

    /** The request as JSON from its parsed form: field order and spacing of what was sent do not matter. */
    private byte[] canonical(BookingRequest request) {
        try {
            return json.writeValueAsBytes(request);
        } catch (JsonProcessingException e) {
            throw new InvalidParameter("body", "The request could not be read back as JSON.");
        }
    }
}
