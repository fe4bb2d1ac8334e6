package vn.phoihop.simulation;

import java.util.UUID;

/** Readable names for the ids of a run: cases A, B, C; events c1, c2 ... of the cadre board, e1 ... of the other. */
final class Labels {

    private static final long CASE = 0xCA5EL;

    private static final long CADRE_EVENT = 0xCL;

    private static final long EXECUTIVE_EVENT = 0xEL;

    private Labels() {
    }

    static UUID caseId(int caseNo) {
        return new UUID(CASE, caseNo + 1);
    }

    static String caseLetter(int caseNo) {
        return String.valueOf((char) ('A' + caseNo));
    }

    static UUID cadreEvent(long number) {
        return new UUID(CADRE_EVENT, number);
    }

    static UUID executiveEvent(long number) {
        return new UUID(EXECUTIVE_EVENT, number);
    }

    static String of(UUID id) {
        if (id == null) {
            return "-";
        }
        long kind = id.getMostSignificantBits();
        long number = id.getLeastSignificantBits();
        if (kind == CASE) {
            return caseLetter((int) number - 1);
        }
        if (kind == CADRE_EVENT) {
            return "c" + number;
        }
        return kind == EXECUTIVE_EVENT ? "e" + number : id.toString();
    }

}
