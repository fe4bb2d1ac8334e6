package vn.phoihop.faults;

/**
 * The commands of one consultation cycle, each with the event its effect is recorded by: the event's producer and
 * type. Opening a case records no event; the case row is its effect.
 */
enum Step {

    OPEN(null, null),
    SUBMIT(Cluster.CADRE_BOARD, "ConsultationRequested"),
    REVIEW(Cluster.EXECUTIVE_BOARD, "MemberReviewRecorded"),
    OPINION(Cluster.EXECUTIVE_BOARD, "OpinionIssued"),
    DECISION_MEETING(Cluster.CADRE_BOARD, "DecisionMeetingRecorded"),
    DECIDE(Cluster.CADRE_BOARD, "DecisionFinalised");

    private final String producer;

    private final String eventType;

    Step(String producer, String eventType) {
        this.producer = producer;
        this.eventType = eventType;
    }

    String producer() {
        return this.producer;
    }

    String eventType() {
        return this.eventType;
    }

}
