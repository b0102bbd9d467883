package io.clinicbook.booking.request;

/** The HTTP answer to an appointment request, kept as sent so that an idempotent retry gets the same bytes. */
public record BookingResponse(int status, String location, String body, boolean replayed) {
}
