package vn.phoihop.local.demo;

import java.net.URI;

/** What the seeder did, for the stack's summary. */
public record Seeding(Outcome outcome, long cases, long decidedByCadreBoard, long decidedAbove, URI termReport) {

    public enum Outcome {
        /** The term was replayed now. */
        LOADED,
        /** The cadre board already had cases, from an earlier run. */
        KEPT,
        /** Asked not to (--no-demo). */
        SKIPPED
    }

    public static Seeding skipped() {
        return new Seeding(Outcome.SKIPPED, 0, 0, 0, null);
    }

    static Seeding kept(long cases, URI termReport) {
        return new Seeding(Outcome.KEPT, cases, 0, 0, termReport);
    }

    /** One line for the summary. */
    public String describe() {
        return switch (outcome) {
            case LOADED -> cases + " cases of the 2010–2015 term loaded: " + decidedByCadreBoard
                    + " decided by the cadre board, " + decidedAbove + " by the Prime Minister, the rest open or "
                    + "withdrawn.";
            case KEPT -> "kept from the previous run (" + cases + (cases == 1 ? " case" : " cases") + ").";
            case SKIPPED -> "none (--no-demo).";
        };
    }
}
