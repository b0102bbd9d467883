package io.clinicbook.availability;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.List;

/** Writes a day's slots in one piece when they are {@link DaySlots}; any other list slot by slot, as Jackson would. */
class SlotListJson extends StdSerializer<List<Slot>> {

    @SuppressWarnings("unchecked")
    SlotListJson() {
        super((Class<List<Slot>>) (Class<?>) List.class);
    }

    @Override
    public void serialize(List<Slot> slots, JsonGenerator json, SerializerProvider provider) throws IOException {
        if (slots instanceof DaySlots day && day.isPlain()) {
            json.writeRawValue(new RawJson(day.json()));
            return;
        }
        json.writeStartArray();
        for (Slot slot : slots) {
            provider.defaultSerializeValue(slot, json);
        }
        json.writeEndArray();
    }
}
