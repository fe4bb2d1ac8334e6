package vn.phoihop.executiveboard.consultations.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import vn.phoihop.executiveboard.committee.domain.Member;
import vn.phoihop.executiveboard.committee.domain.Roster;
import vn.phoihop.executiveboard.consultations.domain.OpinionCheck.Adoption;
import vn.phoihop.executiveboard.consultations.domain.OpinionCheck.Problem;
import vn.phoihop.executiveboard.consultations.domain.OpinionCheck.Quorum;
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

    /**
     * Every rule checked, not only up to the first broken one, so that the secretary sees all that is wrong;
     * {@code earlier} are the problems found before the meeting was looked at, which a refusal names first.
     */
    static OpinionCheck check(MeetingMinutes minutes, OpinionOutcome outcome, Cadre subject, Roster roster,
            MeetingRules rules, List<Problem> earlier) {
        List<Problem> problems = new ArrayList<>(earlier);
        OpinionCheck.found(problems, () -> counts(minutes, roster));
        OpinionCheck.found(problems, () -> recusal(minutes, subject, roster));
        Quorum quorum = quorum(minutes, rules);
        if (!quorum.met()) {
            problems.add(new Problem("quorum", "Quorum not met: " + quorum.present() + " of " + quorum.summoned()
                    + " summoned members present; at least " + quorum.needed() + " (" + rules.quorumOfSummoned()
                    + ") are required."));
        }
        Adoption adoption = outcome == OpinionOutcome.REQUEST_INFORMATION ? null
                : adoption(minutes, outcome, roster.activeMembers(), rules);
        if (adoption != null && !adoption.adopted()) {
            String base = adoption.of() == MeetingRules.AdoptionBase.ALL_MEMBERS ? "all " + adoption.base()
                    + " members" : "the " + adoption.base() + " members who could vote";
            problems.add(new Problem("adoption", "Not adopted: " + adoption.inFavour() + " of " + base + " voted "
                    + outcome + "; more than " + rules.adoption() + " of them (at least " + adoption.needed()
                    + ") are required."));
        }
        return new OpinionCheck(quorum, adoption, problems);
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

    private static Quorum quorum(MeetingMinutes m, MeetingRules rules) {
        int present = m.present().size();
        int summoned = m.summoned().size();
        return new Quorum(present, summoned, rules.quorumNeeded(summoned), rules.quorate(present, summoned));
    }

    private static Adoption adoption(MeetingMinutes m, OpinionOutcome outcome, int membersTotal, MeetingRules rules) {
        int inFavour = outcome == OpinionOutcome.DISAGREE ? m.tally().disagree() : m.tally().agree();
        return new Adoption(outcome, inFavour, rules.adoptionBase(membersTotal, m.voters()), rules.adoptionBase(),
                rules.adoptionNeeded(membersTotal, m.voters()), rules.adopted(inFavour, membersTotal, m.voters()));
    }

    private static OpinionRefused refused(String rule, String message) {
        return new OpinionRefused(rule, message);
    }

}
