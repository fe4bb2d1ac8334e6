package vn.phoihop.cadreboard.cases.domain;

import java.util.ArrayList;
import java.util.List;

import vn.phoihop.regulation.ActionKind;

/**
 * What each action kind's proposal must carry (the table of docs/protocol.md). A field the kind does not use must
 * be absent, so a proposal never carries data nobody will read. All problems are reported at once.
 */
final class ProposalRules {

    static final String RULE = "proposal-fields";

    private static final int SHORTEST_TERM = 1;

    private static final int LONGEST_TERM = 5;

    private ProposalRules() {
    }

    /** Refuses a proposal that lacks what its kind needs or carries what it does not use. */
    static void require(Proposal proposal) {
        refuseAny(check(proposal));
    }

    /** An amendment changes the proposal, never its kind: another kind is another case. */
    static void requireAmendment(ActionKind kind, Proposal amended) {
        List<FieldProblem> problems = new ArrayList<>(check(amended));
        if (amended.kind() != kind) {
            problems.addFirst(new FieldProblem("kind", "same-kind", "an amendment keeps the kind " + kind
                    + "; open a new case for a " + amended.kind()));
        }
        refuseAny(problems);
    }

    static List<FieldProblem> check(Proposal proposal) {
        KindFields needs = KindFields.of(proposal.kind());
        List<FieldProblem> problems = new ArrayList<>();
        presence(problems, proposal.kind(), "currentPosition", proposal.currentPosition(), needs.currentPosition());
        presence(problems, proposal.kind(), "targetPosition", proposal.targetPosition(), needs.targetPosition());
        presence(problems, proposal.kind(), "proposedEffectiveDate", proposal.proposedEffectiveDate(),
                needs.effectiveDate());
        presence(problems, proposal.kind(), "termYears", proposal.termYears(), needs.term());
        presence(problems, proposal.kind(), "disciplineMeasure", proposal.disciplineMeasure(), needs.measure());
        Integer term = proposal.termYears();
        if (term != null && (term < SHORTEST_TERM || term > LONGEST_TERM)) {
            problems.add(new FieldProblem("termYears", "term-range",
                    "a term is " + SHORTEST_TERM + " to " + LONGEST_TERM + " years, not " + term));
        }
        relation(problems, proposal, needs.relation());
        return problems;
    }

    private static void refuseAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new RuleViolation.InvalidFields(RULE, problems);
        }
    }

    private static void presence(List<FieldProblem> problems, ActionKind kind, String field, Object value,
            KindFields.Presence presence) {
        if (presence == KindFields.Presence.REQUIRED && value == null) {
            problems.add(new FieldProblem(field, "required", "is required for " + kind));
        }
        if (presence == KindFields.Presence.ABSENT && value != null) {
            problems.add(new FieldProblem(field, "absent", "is not part of a " + kind + " proposal"));
        }
    }

    private static void relation(List<FieldProblem> problems, Proposal proposal, KindFields.Relation relation) {
        Position current = proposal.currentPosition();
        Position target = proposal.targetPosition();
        if (current == null || target == null) {
            return;
        }
        if (relation == KindFields.Relation.ANOTHER_UNIT && target.inSameUnitAs(current)) {
            problems.add(new FieldProblem("targetPosition.unitCode", "another-unit", "a " + proposal.kind()
                    + " leads to another unit than the current one (" + current.unitCode() + ")"));
        }
        if (relation == KindFields.Relation.SAME_POST && !target.isSamePostAs(current)) {
            problems.add(new FieldProblem("targetPosition", "same-post", "a " + proposal.kind()
                    + " keeps the current post (same unit and title); leave the target out or repeat the post"));
        }
    }

}
