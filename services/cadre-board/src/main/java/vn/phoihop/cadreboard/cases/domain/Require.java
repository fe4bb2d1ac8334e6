package vn.phoihop.cadreboard.cases.domain;

import java.util.List;

/** Guards for values the web layer has already validated; a breach here is a programming error. */
final class Require {

    private Require() {
    }

    static void text(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }

    /** Stored cases written before a list existed read it as null; an absent list is an empty one. */
    static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }

}
