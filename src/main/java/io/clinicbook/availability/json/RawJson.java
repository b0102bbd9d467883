package io.clinicbook.availability.json;

import com.fasterxml.jackson.core.SerializableString;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * A piece of JSON already written as ASCII bytes, for {@code JsonGenerator.writeRawValue}: Jackson
 * copies the bytes instead of encoding them again one character at a time. Only the unquoted forms
 * exist; a raw value is never written as a string.
 */
final class RawJson implements SerializableString {

    private final byte[] bytes;

    RawJson(byte[] ascii) {
        this.bytes = ascii;
    }

    @Override
    public String getValue() {
        return new String(bytes, StandardCharsets.US_ASCII);
    }

    @Override
    public int charLength() {
        return bytes.length;
    }

    @Override
    public byte[] asUnquotedUTF8() {
        return bytes.clone();
    }

    @Override
    public int appendUnquotedUTF8(byte[] buffer, int offset) {
        if (offset + bytes.length > buffer.length) {
            return -1;
        }
        System.arraycopy(bytes, 0, buffer, offset, bytes.length);
        return bytes.length;
    }

    @Override
    public int appendUnquoted(char[] buffer, int offset) {
        if (offset + bytes.length > buffer.length) {
            return -1;
        }
        for (int i = 0; i < bytes.length; i++) {
            buffer[offset + i] = (char) bytes[i];
        }
        return bytes.length;
    }

    @Override
    public int writeUnquotedUTF8(OutputStream out) throws IOException {
        out.write(bytes);
        return bytes.length;
    }

    @Override
    public int putUnquotedUTF8(ByteBuffer buffer) {
        if (buffer.remaining() < bytes.length) {
            return -1;
        }
        buffer.put(bytes);
        return bytes.length;
    }

    @Override
    public char[] asQuotedChars() {
        throw quoted();
    }

    @Override
    public byte[] asQuotedUTF8() {
        throw quoted();
    }

    @Override
    public int appendQuotedUTF8(byte[] buffer, int offset) {
        throw quoted();
    }

    @Override
    public int appendQuoted(char[] buffer, int offset) {
        throw quoted();
    }

    @Override
    public int writeQuotedUTF8(OutputStream out) {
        throw quoted();
    }

    @Override
    public int putQuotedUTF8(ByteBuffer buffer) {
        throw quoted();
    }

    private static UnsupportedOperationException quoted() {
        return new UnsupportedOperationException("Raw JSON is written as it is, never as a string");
    }
}
