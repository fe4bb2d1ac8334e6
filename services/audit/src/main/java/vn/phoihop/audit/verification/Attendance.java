package vn.phoihop.audit.verification;

import vn.phoihop.events.BallotTally;
import vn.phoihop.events.Meeting;
import vn.phoihop.events.OpinionIssued;

/**
 * The numbers of a Standing Committee meeting that the rules count with. Where the opinion lists the members, the
 * lists are the record and the counts are derived from them; an OpinionIssued v1 has only the counts.
 */
record Attendance(int membersTotal, int summoned, int present, int recused, BallotTally tally) {

    static Attendance of(OpinionIssued opinion) {
        Meeting meeting = opinion.getMeeting();
        if (!CaseFacts.carriesAttendance(opinion)) {
            return new Attendance(meeting.getMembersTotal(), meeting.getSummoned(), meeting.getPresent(),
                    meeting.getRecused(), meeting.getTally());
        }
        return new Attendance(meeting.getMembersTotal(), meeting.getSummonedMemberIds().size(),
                meeting.getPresentMemberIds().size(), meeting.getRecusals().size(), meeting.getTally());
    }

    /** Members entitled to vote: those present, less those who stood aside. */
    int voters() {
        return this.present - this.recused;
    }

    int cast() {
        return this.tally.getAgree() + this.tally.getDisagree() + this.tally.getAbstain() + this.tally.getInvalid();
    }
}
