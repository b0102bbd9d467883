package io.clinicbook.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Strong ETags of the widget scripts, from their content, computed once per file. */
@ApplicationScoped
class WidgetAssets {

    static final String PREFIX = "/widget/";
    private static final String ROOT = "META-INF/resources";

    /** Only files that exist are remembered, so requests for made-up paths cannot grow the map. */
    private final Map<String, String> tags = new ConcurrentHashMap<>();

    /** The ETag of the widget file at {@code path}, or null when there is no such file. */
    String etag(String path) {
        String tag = tags.get(path);
        if (tag == null) {
            tag = digest(path);
            if (tag != null) {
                tags.put(path, tag);
            }
        }
        return tag;
    }

    private static String digest(String path) {
        if (path.contains("..")) {
            return null;
        }
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(ROOT + path)) {
            if (in == null) {
                return null;
            }
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(in.readAllBytes());
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 22) + "\"";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
