package vn.phoihop.cadreboard.cases.domain;

/** Guards for values the web layer has already validated; a breach here is a programming error. */
final class Require {

    private Require() {
    }

    static void text(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }

}
