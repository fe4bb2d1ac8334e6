package vn.phoihop.audit.verification;

import java.util.Optional;

import vn.phoihop.events.DecisionMeetingRecorded;

/**
 * {@code decision-meeting}: the cadre board decides collectively. Each of its decisions and upward submissions names
 * its meeting on the same proposal version, held before; it approves (or submits) only with more than half of all
 * its members in favour, not of those present, and rejects only without that majority.
 */
final class DecisionMeetingCheck implements CaseCheck {

    @Override
    public void check(CaseFacts facts, Findings findings) {
        for (Determination determination : Determination.all(facts)) {
            String meetingId = determination.decisionMeetingEventId();
            if (meetingId == null) {
                findings.add(CaseRules.DECISION_MEETING, determination.at(), determination.what()
                        + " names no meeting of the cadre board");
                continue;
            }
            Optional<Recorded<DecisionMeetingRecorded>> meeting = facts.find(meetingId)
                .flatMap(found -> found.as(DecisionMeetingRecorded.class))
                .filter(found -> found.before(determination.at()));
            if (meeting.isEmpty()) {
                findings.add(CaseRules.DECISION_MEETING, determination.at(), determination.what() + " names meeting "
                        + meetingId + ", which the history does not hold as a meeting of the board before it");
                continue;
            }
            follows(determination, meeting.get(), findings);
        }
    }

    private static void follows(Determination determination, Recorded<DecisionMeetingRecorded> meeting,
            Findings findings) {
        DecisionMeetingRecorded vote = meeting.event();
        if (vote.getProposalVersion() != determination.proposalVersion()) {
            findings.add(CaseRules.DECISION_MEETING, determination.at(), determination.what() + " on proposal version "
                    + determination.proposalVersion() + " names " + meeting + " on version "
                    + vote.getProposalVersion());
        }
        boolean majority = 2L * vote.getInFavour() > vote.getMembersTotal();
        if (majority != determination.approving()) {
            findings.add(CaseRules.DECISION_MEETING, determination.at(), determination.what() + " does not follow "
                    + meeting + ": " + vote.getInFavour() + " of " + vote.getMembersTotal()
                    + " members in favour, and approving needs more than half of all members");
        }
    }
}
