package vn.phoihop.web.paging;

/** A page of a list: {@code page} counts from 0; a page holds at most {@link #MAX_SIZE} items. */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 200;

    public PageRequest {
        if (page < 0 || size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("page must be >= 0 and size between 1 and " + MAX_SIZE);
        }
    }

    public long offset() {
        return (long) page * size;
    }

}
