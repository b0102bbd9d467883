package io.clinicbook.support;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The page of a staff list asked for in the query, {@code ?page=0&size=20}. The page number is bounded
 * so that its row offset always fits: {@code page=2147483646} is a 400, not an overflowing query.
 */
public class Paging {

    public static final int LAST_PAGE = 100_000;
    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 20;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(value = 0, message = "The page cannot be negative")
    @Max(value = LAST_PAGE, message = "The page is at most " + LAST_PAGE)
    @Parameter(description = "Zero-based page", example = "0")
    public int page;

    @QueryParam("size")
    @DefaultValue("" + DEFAULT_SIZE)
    @Min(value = 1, message = "The page size is at least 1")
    @Max(value = MAX_SIZE, message = "The page size is at most " + MAX_SIZE)
    @Parameter(description = "Page size, at most " + MAX_SIZE, example = "" + DEFAULT_SIZE)
    public int size;
}
