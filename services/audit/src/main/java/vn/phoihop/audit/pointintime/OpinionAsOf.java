package vn.phoihop.audit.pointintime;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import vn.phoihop.events.Meeting;
import vn.phoihop.events.OpinionIssued;
import vn.phoihop.events.OpinionOutcome;

/**
 * The Standing Committee's latest opinion, with the meeting's counts from which its validity shows; who voted how
 * was never recorded.
 *
 * @param late issued after the due date
 */
public record OpinionAsOf(String eventId, int proposalVersion, OpinionOutcome outcome, String conditions,
        List<String> questions, LocalDate meetingDate, int membersTotal, int summoned, int present, int recused,
        int agree, int disagree, int abstain, int invalid, Instant issuedAt, boolean late) {

    public OpinionAsOf {
        questions = List.copyOf(questions);
    }

    static OpinionAsOf of(OpinionIssued opinion) {
        Meeting meeting = opinion.getMeeting();
        return new OpinionAsOf(opinion.getEnvelope().getEventId(), opinion.getProposalVersion(), opinion.getOutcome(),
                opinion.getConditions(), opinion.getQuestions(), meeting.getMeetingDate(), meeting.getMembersTotal(),
                meeting.getSummoned(), meeting.getPresent(), meeting.getRecused(), meeting.getTally().getAgree(),
                meeting.getTally().getDisagree(), meeting.getTally().getAbstain(), meeting.getTally().getInvalid(),
                opinion.getIssuedAt(), opinion.getLate());
    }
}
