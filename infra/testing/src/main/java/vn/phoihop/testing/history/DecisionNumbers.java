package vn.phoihop.testing.history;

import java.time.LocalDate;

/**
 * The ministry's register of decisions, "n/QĐ-BKHĐT": one sequence a year, numbered in the order decisions are
 * taken, which is the order the term emits them.
 */
final class DecisionNumbers {

    private int year;

    private int last;

    String next(LocalDate decidedOn) {
        if (decidedOn.getYear() != year) {
            year = decidedOn.getYear();
            last = 0;
        }
        last++;
        return last + "/QĐ-BKHĐT";
    }
}
