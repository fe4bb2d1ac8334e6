package vn.phoihop.cadreboard.cases.adapter.in.web;

import java.util.List;

/** One page of a list, as every list of the platform answers (docs/protocol.md). */
record PageView<T>(List<T> items, int page, int size, long totalItems, long totalPages) {

    static <T> PageView<T> of(List<T> items, int page, int size, long totalItems) {
        return new PageView<>(items, page, size, totalItems, (totalItems + size - 1) / size);
    }

}
