package io.clinicbook.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The ETags ({@link EntityTags}) of the files the service serves as they are: widget scripts and pages, computed once per file. */
@ApplicationScoped
class StaticFiles {

    static final String WIDGETS = "/widget/";
    private static final String ROOT = "META-INF/resources";

    /** Only files that exist are remembered, so requests for made-up paths cannot grow the map. */
    private final Map<String, String> tags = new ConcurrentHashMap<>();

    /** The ETag of the file served at {@code path} ({@code index.html} for a folder), or null when there is no such file. */
    String etag(String path) {
        String tag = tags.get(path);
        if (tag == null) {
            tag = digest(path.endsWith("/") ? path + "index.html" : path);
            if (tag != null) {
                tags.put(path, tag);
            }
        }
        return tag;
    }

    /** Served files are named with an extension; a folder (which a class loader may read as its listing) gets no tag. */
    private static String digest(String path) {
        if (path.contains("..") || !path.substring(path.lastIndexOf('/') + 1).contains(".")) {
            return null;
        }
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(ROOT + path)) {
            return in == null ? null : EntityTags.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
