package vn.phoihop.executiveboard.consultations.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import vn.phoihop.executiveboard.committee.domain.Member;
import vn.phoihop.executiveboard.committee.domain.Roster;
import vn.phoihop.regulation.MeetingRules;

/**
 * Whether a Standing Committee meeting may conclude on a case: its attendance fits the roster
 * ({@code meeting-counts}), the subject of the case did not vote ({@code recusal}), enough of the summoned came
 * ({@code quorum}) and enough of the members voted for the outcome ({@code adoption}), the shares taken from the
 * regulation. A request for information needs the quorum but no adoption: the secret ballot is on the proposal,
 * and asking the cadre board for more information takes no position on it, so its tally may be all zeros.
 */
final class MeetingPolicy {

    private MeetingPolicy() {
    }

    static Meeting check(MeetingMinutes minutes, OpinionOutcome outcome, Cadre subject, Roster roster,
            MeetingRules rules) {
        counts(minutes, roster);
        recusal(minutes, subject, roster);
        quorum(minutes, rules);
        if (outcome != OpinionOutcome.REQUEST_INFORMATION) {
            adoption(minutes, outcome, roster.activeMembers(), rules);
        }
        return Meeting.recorded(minutes, roster.activeMembers());
    }

    private static void counts(MeetingMinutes m, Roster roster) {
        if (m.summoned().isEmpty()) {
            throw refused("meeting-counts", "No member was summoned to the meeting.");
        }
        twice(m.summoned(), "summoned");
        twice(m.present(), "present");
        twice(m.recused(), "recused");
        outside(m.summoned(), id -> !roster.isActive(id), "Summoned members who are not active members of the "
                + "Standing Committee (" + roster.activeMembers() + " active)");
        outside(m.present(), id -> !m.summoned().contains(id), "Present members who were not summoned");
        outside(m.recused(), id -> !m.present().contains(id), "Recused members who were not present");
        if (m.tally().anyNegative()) {
            throw refused("meeting-counts", "Ballot counts must not be negative.");
        }
        if (m.tally().cast() > m.voters()) {
            throw refused("meeting-counts", m.tally().cast() + " ballots counted, but only " + m.voters()
                    + " members could vote (" + m.present().size() + " present, " + m.recusals().size()
                    + " recused).");
        }
    }

    private static void twice(List<String> memberIds, String role) {
        Set<String> seen = new HashSet<>();
        outside(memberIds, id -> !seen.add(id), "Members listed twice among the " + role);
    }

    private static void outside(List<String> memberIds, Predicate<String> wrong, String what) {
        List<String> offending = memberIds.stream().filter(wrong).distinct().toList();
        if (!offending.isEmpty()) {
            throw refused("meeting-counts", what + ": " + String.join(", ", offending) + ".");
        }
    }

    /** The subject of the case may attend but never votes; no one else may claim to be the subject. */
    private static void recusal(MeetingMinutes m, Cadre subject, Roster roster) {
        Optional<String> subjectMember = roster.memberWhoIs(subject.cadreId()).map(Member::memberId);
        subjectMember.filter(m.present()::contains)
            .filter(id -> !m.recusals().contains(new Recusal(id, RecusalReason.SUBJECT_OF_CASE)))
            .ifPresent(id -> {
                throw refused("recusal", "Member " + id + " is the subject of this case and was present; they must "
                        + "recuse themselves (SUBJECT_OF_CASE) and cast no ballot.");
            });
        m.recusals()
            .stream()
            .filter(recusal -> recusal.reason() == RecusalReason.SUBJECT_OF_CASE)
            .filter(recusal -> subjectMember.filter(recusal.memberId()::equals).isEmpty())
            .findFirst()
            .ifPresent(recusal -> {
                throw refused("recusal", "Member " + recusal.memberId() + " recused as SUBJECT_OF_CASE but is not "
                        + "the subject of this case (cadre " + subject.cadreId() + "); a member with a conflict of "
                        + "interest recuses with DECLARED_CONFLICT.");
            });
    }

    private static void quorum(MeetingMinutes m, MeetingRules rules) {
        int present = m.present().size();
        int summoned = m.summoned().size();
        if (!rules.quorate(present, summoned)) {
            throw refused("quorum", "Quorum not met: " + present + " of " + summoned + " summoned members present; "
                    + "at least " + rules.quorumNeeded(summoned) + " (" + rules.quorumOfSummoned()
                    + ") are required.");
        }
    }

    private static void adoption(MeetingMinutes m, OpinionOutcome outcome, int membersTotal, MeetingRules rules) {
        int inFavour = outcome == OpinionOutcome.DISAGREE ? m.tally().disagree() : m.tally().agree();
        if (!rules.adopted(inFavour, membersTotal, m.voters())) {
            String base = rules.adoptionBase() == MeetingRules.AdoptionBase.ALL_MEMBERS
                    ? "all " + membersTotal + " members" : "the " + m.voters() + " members who could vote";
            throw refused("adoption", "Not adopted: " + inFavour + " of " + base + " voted " + outcome
                    + "; more than " + rules.adoption() + " of them (at least "
                    + rules.adoptionNeeded(membersTotal, m.voters()) + ") are required.");
        }
    }

    private static OpinionRefused refused(String rule, String message) {
        return new OpinionRefused(rule, message);
    }

}
