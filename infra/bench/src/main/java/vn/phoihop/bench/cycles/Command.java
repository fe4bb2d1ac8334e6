package vn.phoihop.bench.cycles;

/** The six commands of a cycle, in order: four at the cadre board, the review and the opinion at the executive board. */
enum Command {

    OPEN, SUBMIT, REVIEW, OPINION, DECISION_MEETING, DECIDE

}
