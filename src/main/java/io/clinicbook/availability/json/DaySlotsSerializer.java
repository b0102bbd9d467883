package io.clinicbook.availability.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.clinicbook.availability.engine.DaySlots;
import io.clinicbook.availability.engine.Slot;
import java.io.IOException;

/**
 * Writes a day's slots in one piece from their numbers, exactly as Jackson writes a list of {@link Slot}s;
 * slot by slot, as Jackson would, when a practitioner's slug would need escaping.
 */
final class DaySlotsSerializer extends StdSerializer<DaySlots> {

    private static final byte[] START = AsciiText.of("{\"start\":\"");
    private static final byte[] NEXT_START = AsciiText.of(",{\"start\":\"");
    private static final byte[] END = AsciiText.of("\",\"end\":\"");
    private static final byte[] PRACTITIONER = AsciiText.of("\",\"practitioner\":\"");
    private static final byte[] DATE = AsciiText.of("\",\"date\":\"");
    private static final byte[] CLOSE = AsciiText.of("\"}");

    DaySlotsSerializer() {
        super(DaySlots.class);
    }

    @Override
    public void serialize(DaySlots slots, JsonGenerator json, SerializerProvider provider) throws IOException {
        if (isPlain(slots)) {
            json.writeRawValue(new RawJson(ascii(slots)));
            return;
        }
        json.writeStartArray();
        for (Slot slot : slots) {
            provider.defaultSerializeValue(slot, json);
        }
        json.writeEndArray();
    }

    /** Whether {@link #ascii} can write every slot: slugs that need no escaping. */
    private static boolean isPlain(DaySlots slots) {
        for (String slug : slots.practitioners()) {
            for (int i = 0; i < slug.length(); i++) {
                char c = slug.charAt(i);
                if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
                    return false;
                }
            }
        }
        return true;
    }

    static byte[] ascii(DaySlots slots) {
        JsonTimes times = new JsonTimes(slots.shownIn());
        byte[] day = JsonTimes.date(slots.date());
        AsciiText json = new AsciiText(slots.size() * 128 + 2).append('[');
        byte[][] slugs = slots.practitioners().stream().map(AsciiText::of).toArray(byte[][]::new);
        for (int i = 0; i < slots.size(); i++) {
            long start = slots.startAt(i);
            json.append(i == 0 ? START : NEXT_START);
            times.append(start, json);
            json.append(END);
            times.append(start + slots.visitSeconds(), json);
            json.append(PRACTITIONER).append(slugs[slots.practitionerAt(i)]).append(DATE).append(day).append(CLOSE);
        }
        return json.append(']').toBytes();
    }
}
