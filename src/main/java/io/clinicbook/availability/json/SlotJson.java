package io.clinicbook.availability.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.clinicbook.availability.engine.DaySlots;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/** Teaches the application's Jackson to write {@link DaySlots} from their numbers, whatever record holds them. */
@Singleton
class SlotJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("slot-json").addSerializer(DaySlots.class, new DaySlotsSerializer()));
    }
}
