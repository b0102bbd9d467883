package io.clinicbook.booking.request;

import io.clinicbook.booking.idempotency.IdempotencyStore;

/** The HTTP answer to an appointment request, kept as sent so that an idempotent retry gets the same bytes. */
public record BookingResponse(int status, String location, String body, boolean replayed) {

    static BookingResponse replaying(IdempotencyStore.Replay replay) {
        return new BookingResponse(replay.status(), replay.location(), replay.body(), true);
    }
}
