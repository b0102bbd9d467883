package io.clinicbook.booking.request;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.clinicbook.booking.guard.ReferenceTaken;
import io.clinicbook.booking.guard.SlotTaken;
import io.clinicbook.booking.idempotency.IdempotencyStore.Claim;
import io.clinicbook.booking.idempotency.IdempotencyStore.Replay;
import io.clinicbook.booking.idempotency.IdempotencyStore;
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
 * What happens around the booking transactions: the Idempotency-Key is claimed before and released
 * after a failure; a taken slot gets its suggestions once the failed transaction has given its
 * connection back (so that a burst of losers never needs two connections each).
 */
@ApplicationScoped
public class BookingFlow {

    private static final int REFERENCE_ATTEMPTS = 3;

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
        if (idempotencyKey == null) {
            return book(request, Optional.empty());
        }
        IdempotencyStore.Begun begun = idempotency.begin(idempotencyKey, canonical(request));
        if (begun instanceof Replay replay) {
            metrics.replayed();
            return new BookingResponse(replay.status(), replay.location(), replay.body(), true);
        }
        Claim claim = (Claim) begun;
        try {
            return book(request, Optional.of(claim));
        } catch (RuntimeException e) {
            idempotency.release(claim);
            throw e;
        }
    }

    /** The booking transaction, run again with a new reference in the rare case its reference was taken. */
    private BookingResponse book(BookingRequest request, Optional<Claim> claim) {
        for (int attempt = 1; ; attempt++) {
            try {
                return suggestingOnTaken(() -> booking.request(request, claim));
            } catch (ReferenceTaken e) {
                if (attempt == REFERENCE_ATTEMPTS) {
                    throw new IllegalStateException("No free reference after " + attempt + " attempts", e);
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
