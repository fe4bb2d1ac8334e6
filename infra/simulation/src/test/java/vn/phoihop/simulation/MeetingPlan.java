package vn.phoihop.simulation;

import vn.phoihop.executiveboard.consultations.domain.OpinionOutcome;

/**
 * A Standing Committee meeting described relative to the roster, so that it stays meaningful whatever the roster
 * and shrinks to something readable; {@link Meetings} turns it into the minutes. Most plans give a valid meeting,
 * the others break one rule or another.
 * @param absent summoned members who do not come (taken from the end of the list)
 * @param strayAttendee someone present who was not summoned
 * @param subjectRecuses the member who is the subject of the case, when present, stands aside
 * @param conflictRecusal another present member declares a conflict
 * @param falseSubjectRecusal a present member who is not the subject recuses as the subject
 * @param withheld voters who do not vote for the outcome
 * @param dissent of those, how many vote the other way (the rest abstain)
 * @param overcount one ballot more than there are voters
 * @param detailsStated conditions and questions stated exactly where the outcome needs them
 */
record MeetingPlan(OpinionOutcome outcome, Summons summons, int absent, boolean strayAttendee,
        boolean subjectRecuses, boolean conflictRecusal, boolean falseSubjectRecusal, int withheld, int dissent,
        boolean overcount, VersionChoice version, boolean detailsStated, int daysAgo) {

    enum Summons {
        ALL_ACTIVE, ALL_BUT_ONE, WITH_INACTIVE, WITH_STRANGER
    }

    enum VersionChoice {
        UNSTATED, CURRENT, PREVIOUS, NEXT
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(outcome + " " + summons);
        append(text, absent > 0, "absent=" + absent);
        append(text, strayAttendee, "stray attendee");
        append(text, !subjectRecuses, "subject stays");
        append(text, conflictRecusal, "conflict recusal");
        append(text, falseSubjectRecusal, "false subject recusal");
        append(text, withheld > 0, "withheld=" + withheld + (dissent > 0 ? " dissent=" + dissent : ""));
        append(text, overcount, "overcount");
        append(text, version != VersionChoice.UNSTATED, "version " + version);
        append(text, !detailsStated, "details wrong");
        append(text, daysAgo > 0, daysAgo + " days ago");
        return "Meeting[" + text + "]";
    }

    private static void append(StringBuilder text, boolean when, String what) {
        if (when) {
            text.append(", ").append(what);
        }
    }

}
