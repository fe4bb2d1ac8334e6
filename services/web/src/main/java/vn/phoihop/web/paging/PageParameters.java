package vn.phoihop.web.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PositiveOrZero;

/** The {@code page} and {@code size} query parameters of a list; absent, the first page of 50. */
public record PageParameters(@PositiveOrZero Integer page, @Min(1) @Max(PageRequest.MAX_SIZE) Integer size) {

    private static final int DEFAULT_SIZE = 50;

    public PageRequest request() {
        return new PageRequest(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
    }

}
