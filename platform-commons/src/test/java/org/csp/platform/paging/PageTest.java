package org.csp.platform.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PageTest {

    private final AtomicInteger counts = new AtomicInteger();

    /** A query over {@code total} rows 0..total-1 that pages like Panache and counts its count() calls. */
    @SuppressWarnings("unchecked")
    private PanacheQuery<Integer> rows(int total) {
        int[] window = {0, Integer.MAX_VALUE};
        return (PanacheQuery<Integer>) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {PanacheQuery.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "page" -> {
                        window[0] = (int) args[0] * (int) args[1];
                        window[1] = (int) args[1];
                        yield proxy;
                    }
                    case "list" -> IntStream.range(0, total).skip(window[0]).limit(window[1]).boxed().toList();
                    case "count" -> {
                        counts.incrementAndGet();
                        yield (long) total;
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void aFullPageAsksForTheCount() {
        Page<String> page = Page.of(rows(45), PageRequest.of(1, 20), String::valueOf);
        assertEquals(List.of("20", "21"), page.items().subList(0, 2));
        assertEquals(45, page.totalItems());
        assertEquals(3, page.totalPages());
        assertEquals(1, counts.get());
    }

    @Test
    void aPageThatIsNotFullIsTheLastAndTellsTheTotalItself() {
        Page<String> page = Page.of(rows(45), PageRequest.of(2, 20), String::valueOf);
        assertEquals(List.of("40", "41", "42", "43", "44"), page.items());
        assertEquals(45, page.totalItems());
        assertEquals(3, page.totalPages());
        Page<String> empty = Page.of(rows(0), PageRequest.of(0, 20), String::valueOf);
        assertEquals(0, empty.totalItems());
        assertEquals(0, empty.totalPages());
        assertEquals(0, counts.get());
    }

    @Test
    void aPagePastTheEndAsksForTheCount() {
        Page<String> page = Page.of(rows(45), PageRequest.of(5, 20), String::valueOf);
        assertEquals(List.of(), page.items());
        assertEquals(45, page.totalItems());
        assertEquals(1, counts.get());
    }

    @Test
    void anExplicitCountIsUsedInsteadOfTheQuerysCount() {
        Page<String> page = Page.of(rows(40), PageRequest.of(0, 20), String::valueOf, () -> 40L);
        assertEquals(40, page.totalItems());
        assertEquals(2, page.totalPages());
        assertEquals(0, counts.get());
    }
}
