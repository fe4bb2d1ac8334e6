package vn.phoihop.audit.verification;

import java.util.List;

import vn.phoihop.audit.verdict.Rule;

/**
 * What the coordination regulation requires of every case, as the audit checks it from both boards' events. The
 * ids are those the boards use for the same refusal where they have one (docs/protocol.md); docs/audit-rules.md
 * gives each rule's source and evidence.
 */
public final class CaseRules {

    public static final Rule REGULATION_KNOWN = new Rule("regulation-known",
            "the case runs under a regulation version the audit knows, and every event of the case names that version");

    public static final Rule CASE_SEQUENCE = new Rule("case-sequence",
            "each board numbers its events of the case 1, 2, 3… in the order the history holds them, and each "
                    + "request raises the proposal version by one");

    public static final Rule CONSULTATION_BEFORE_DECISION = new Rule("consultation-before-decision",
            "a decision or upward submission on a proposal version rests on the opinion issued on that version "
                    + "before it, or on silence counted as consent, wherever the regulation requires consultation");

    public static final Rule DECISION_MEETING = new Rule("decision-meeting",
            "the cadre board decides or submits upward only after its own meeting on the same proposal version, "
                    + "and approves only with more than half of all its members in favour");

    public static final Rule QUORUM = new Rule("quorum",
            "a Standing Committee meeting concludes only with the regulation's share of the summoned members present");

    public static final Rule ADOPTION = new Rule("adoption",
            "an opinion is adopted by more than the regulation's share of its base (all members, or the voters)");

    public static final Rule RECUSAL = new Rule("recusal",
            "the subject of the case, when a member, and members declaring a conflict do not vote on it");

    public static final Rule MEETING_COUNTS = new Rule("meeting-counts",
            "a meeting's attendance and tally are consistent: present among the summoned, recused among the present, "
                    + "counts matching the lists, no more ballots than members present");

    public static final Rule OPINION_STATED = new Rule("opinion-stated",
            "an opinion states conditions exactly when it agrees with conditions, and questions exactly when it asks "
                    + "for information");

    public static final Rule OPINION_OF_VERSION = new Rule("opinion-of-version",
            "an opinion answers the proposal version the executive board last received, once, unless it asked for "
                    + "information that was then supplied");

    public static final Rule CONSULTATION_STEPS = new Rule("consultation-steps",
            "the request names the regulation's consultation steps, and where they include the assigned member's "
                    + "review, every opinion rests on the latest review of its version by the member assigned");

    public static final Rule DEADLINE = new Rule("deadline",
            "each due date is the regulation's number of working days after the request or supplied information, "
                    + "and an opinion is flagged late exactly when its meeting was after the due date");

    public static final Rule INFORMATION_REQUESTED = new Rule("information-requested",
            "information is supplied, restarting the deadline, only in answer to a request for information on the "
                    + "current proposal version");

    public static final Rule SILENCE = new Rule("silence",
            "a consultation is found overdue once, only after a working day past its due date, and silence counts "
                    + "as consent only where the regulation says so for the action kind");

    public static final Rule CONTRARY_JUSTIFIED = new Rule("contrary-justified",
            "a decision is flagged contrary exactly when it departs from the opinion, and the cadre board justifies "
                    + "in writing each contrary decision of its own");

    public static final Rule DECIDING_AUTHORITY = new Rule("deciding-authority",
            "the authority the regulation names for the position's tier decides: the cadre board itself, or a higher "
                    + "authority after an upward submission");

    public static final Rule CLOSED_CASE = new Rule("closed-case",
            "the cadre board publishes nothing on a decided or withdrawn case, and after an upward submission only "
                    + "the higher authority's decision");

    public static final List<Rule> ALL = List.of(REGULATION_KNOWN, CASE_SEQUENCE, CONSULTATION_BEFORE_DECISION,
            DECISION_MEETING, QUORUM, ADOPTION, RECUSAL, MEETING_COUNTS, OPINION_STATED, OPINION_OF_VERSION,
            CONSULTATION_STEPS, DEADLINE, INFORMATION_REQUESTED, SILENCE, CONTRARY_JUSTIFIED, DECIDING_AUTHORITY,
            CLOSED_CASE);

    private CaseRules() {
    }
}
