package vn.phoihop.audit.verification;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import vn.phoihop.events.Meeting;
import vn.phoihop.events.OpinionIssued;
import vn.phoihop.events.Recusal;
import vn.phoihop.events.RecusalReason;

/**
 * {@code recusal}: members who stood aside did not vote, and the subject of the case, when a member, stood aside. No
 * event says which member a cadre is; the executive board knows it from its roster, and so does the audit when given
 * the roster ({@link CommitteeMembers}). Without it, a member who recused as the subject at one meeting of the case
 * is the subject at every meeting on the same cadre, and a meeting has at most one subject.
 */
final class RecusalCheck implements CaseCheck {

    @Override
    public void check(CaseFacts facts, Findings findings) {
        List<Recorded<OpinionIssued>> opinions = facts.all(OpinionIssued.class);
        Map<String, Set<String>> declaredSubjects = new HashMap<>();
        for (Recorded<OpinionIssued> opinion : opinions) {
            subjectOf(facts, opinion).ifPresent(cadreId -> declaredSubjects
                .computeIfAbsent(cadreId, id -> new HashSet<>())
                .addAll(recusedAsSubject(opinion.event().getMeeting())));
        }
        for (Recorded<OpinionIssued> opinion : opinions) {
            ballots(opinion, findings);
            if (CaseFacts.carriesAttendance(opinion.event())) {
                subjectOf(facts, opinion).ifPresent(cadreId -> subject(facts, opinion, cadreId,
                        declaredSubjects.get(cadreId), findings));
            }
        }
    }

    private static void ballots(Recorded<OpinionIssued> opinion, Findings findings) {
        Attendance attendance = Attendance.of(opinion.event());
        if (attendance.cast() <= attendance.present() && attendance.cast() > attendance.voters()) {
            findings.add(CaseRules.RECUSAL, opinion, attendance.cast() + " ballots counted "
                    + MeetingCountsCheck.tallyOf(attendance.tally()) + " but only " + attendance.voters() + " of the "
                    + attendance.present() + " members present could vote: " + attendance.recused() + " recused");
        }
    }

    private static void subject(CaseFacts facts, Recorded<OpinionIssued> opinion, String cadreId,
            Set<String> declared, Findings findings) {
        Meeting meeting = opinion.event().getMeeting();
        List<String> recusedAsSubject = recusedAsSubject(meeting);
        if (recusedAsSubject.size() > 1) {
            findings.add(CaseRules.RECUSAL, opinion, "members " + String.join(", ", recusedAsSubject)
                    + " recused as the subject of the case, which concerns the one cadre " + cadreId);
        }
        Set<String> subjects = new HashSet<>(declared);
        facts.members().memberWhoIs(cadreId).ifPresent(subjects::add);
        subjects.stream()
            .filter(meeting.getPresentMemberIds()::contains)
            .filter(member -> !recusedAsSubject.contains(member))
            .sorted()
            .forEach(member -> findings.add(CaseRules.RECUSAL, opinion, "member " + member + " is cadre " + cadreId
                    + ", the subject of the case, and was present without recusing as SUBJECT_OF_CASE"));
        for (String member : recusedAsSubject) {
            String rosterCadre = facts.members().cadreIdByMemberId().get(member);
            if (rosterCadre != null && !rosterCadre.equals(cadreId)) {
                findings.add(CaseRules.RECUSAL, opinion, "member " + member + " recused as the subject of the case, "
                        + "but is cadre " + rosterCadre + " and the case concerns cadre " + cadreId);
            }
        }
    }

    private static Optional<String> subjectOf(CaseFacts facts, Recorded<OpinionIssued> opinion) {
        return facts.requestOf(opinion.event().getProposalVersion(), opinion)
            .map(request -> request.event().getSubject())
            .map(subject -> subject.getCadreId())
            .filter(Objects::nonNull);
    }

    private static List<String> recusedAsSubject(Meeting meeting) {
        return meeting.getRecusals()
            .stream()
            .filter(recusal -> recusal.getReason() == RecusalReason.SUBJECT_OF_CASE)
            .map(Recusal::getMemberId)
            .distinct()
            .toList();
    }
}
