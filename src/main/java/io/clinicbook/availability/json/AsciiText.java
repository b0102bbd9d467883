package io.clinicbook.availability.json;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A growing run of ASCII bytes, for JSON written by hand ({@link DaySlots#json()}). */
final class AsciiText {

    private byte[] bytes;
    private int length;

    AsciiText(int capacity) {
        bytes = new byte[Math.max(capacity, 16)];
    }

    static byte[] of(String ascii) {
        return ascii.getBytes(StandardCharsets.US_ASCII);
    }

    AsciiText append(byte[] part) {
        room(part.length);
        System.arraycopy(part, 0, bytes, length, part.length);
        length += part.length;
        return this;
    }

    AsciiText append(char c) {
        room(1);
        bytes[length++] = (byte) c;
        return this;
    }

    /** Two decimal digits, with a leading zero. */
    AsciiText twoDigits(int value) {
        room(2);
        bytes[length++] = (byte) ('0' + value / 10);
        bytes[length++] = (byte) ('0' + value % 10);
        return this;
    }

    byte[] toBytes() {
        return Arrays.copyOf(bytes, length);
    }

    private void room(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }
}
