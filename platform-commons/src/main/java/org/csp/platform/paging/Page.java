package org.csp.platform.paging;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list. Each service documents its concrete page type by extending this shape. */
public record Page<T>(
        @Schema(description = "The items on this page") List<T> items,
        @Schema(description = "Zero-based page number", example = "0") int page,
        @Schema(description = "Requested page size", example = "20") int size,
        @Schema(description = "Items across all pages", example = "42") long totalItems,
        @Schema(description = "Number of pages", example = "3") int totalPages) {

    public static <E, T> Page<T> of(PanacheQuery<E> query, PageRequest request, Function<E, T> mapper) {
        List<T> items = query.page(request.page, request.size).list().stream().map(mapper).toList();
        long total = query.count();
        return new Page<>(items, request.page, request.size, total, (int) ((total + request.size - 1) / request.size));
    }

    public static <T> Page<T> ofAll(List<T> all, PageRequest request) {
        int from = (int) Math.min((long) request.page * request.size, all.size());
        int to = Math.min(from + request.size, all.size());
        return new Page<>(all.subList(from, to), request.page, request.size, all.size(),
                (all.size() + request.size - 1) / request.size);
    }
}
