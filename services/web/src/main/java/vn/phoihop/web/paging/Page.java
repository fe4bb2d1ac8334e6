package vn.phoihop.web.paging;

import java.util.List;
import java.util.function.Function;

/** One page of a list, as every list of the API answers it: {@code {items, page, size, totalItems, totalPages}}. */
public record Page<T>(List<T> items, int page, int size, long totalItems, long totalPages) {

    public Page {
        items = List.copyOf(items);
    }

    public static <T> Page<T> of(List<T> items, PageRequest request, long totalItems) {
        return new Page<>(items, request.page(), request.size(), totalItems,
                (totalItems + request.size() - 1) / request.size());
    }

    /** The requested page of a list that is small enough to be read whole, such as the roster. */
    public static <T> Page<T> slice(List<T> all, PageRequest request) {
        int from = (int) Math.min(request.offset(), all.size());
        int to = Math.min(from + request.size(), all.size());
        return of(all.subList(from, to), request, all.size());
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), page, size, totalItems, totalPages);
    }

}
