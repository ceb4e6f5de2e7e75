package org.csp.platform.paging;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list. Each service documents its concrete page type by extending this shape. */
public record Page<T>(
        @Schema(description = "The items on this page") List<T> items,
        @Schema(description = "Zero-based page number", example = "0") int page,
        @Schema(description = "Requested page size", example = "20") int size,
        @Schema(description = "Items across all pages", example = "42") long totalItems,
        @Schema(description = "Number of pages", example = "3") int totalPages) {

    public static <E, T> Page<T> of(PanacheQuery<E> query, PageRequest request, Function<E, T> mapper) {
        return of(query, request, mapper, query::count);
    }

    /**
     * One page of {@code query}. The total is asked of {@code count} only when the page itself does not tell it:
     * a page that is not full (and not past the end) is the last one, so the total is the items before it plus
     * its own. {@code count} must count exactly what {@code query} selects; a fixed count query (instead of
     * Panache's {@code count()}, which derives a new count query on every call) is cheaper on hot lists.
     */
    public static <E, T> Page<T> of(PanacheQuery<E> query, PageRequest request, Function<E, T> mapper, LongSupplier count) {
        List<E> rows = query.page(request.page, request.size).list();
        long total = rows.size() < request.size && (!rows.isEmpty() || request.page == 0)
                ? (long) request.page * request.size + rows.size()
                : count.getAsLong();
        List<T> items = rows.stream().map(mapper).toList();
        return new Page<>(items, request.page, request.size, total, (int) ((total + request.size - 1) / request.size));
    }

    public static <T> Page<T> ofAll(List<T> all, PageRequest request) {
        int from = (int) Math.min((long) request.page * request.size, all.size());
        int to = Math.min(from + request.size, all.size());
        return new Page<>(all.subList(from, to), request.page, request.size, all.size(),
                (all.size() + request.size - 1) / request.size);
    }
}
