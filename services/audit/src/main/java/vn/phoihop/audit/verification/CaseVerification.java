package vn.phoihop.audit.verification;

import java.util.List;
import java.util.Objects;

import vn.phoihop.audit.history.CaseHistory;
import vn.phoihop.regulation.Regulations;

/**
 * Judges one case's history against every rule of {@link CaseRules}, each under the regulation version the case
 * ran under. An independent judge: it reads only the events, the regulations and, when given, the Standing
 * Committee's roster, never the boards' code. Stateless, so one instance serves any number of cases and threads.
 */
public final class CaseVerification {

    private final Regulations regulations;

    private final CommitteeMembers members;

    private final List<CaseCheck> checks;

    public CaseVerification(Regulations regulations) {
        this(regulations, CommitteeMembers.unknown());
    }

    /** @param members who is who on the Standing Committee, so that the subject's recusal is checked by id */
    public CaseVerification(Regulations regulations, CommitteeMembers members) {
        this.regulations = Objects.requireNonNull(regulations, "regulations");
        this.members = Objects.requireNonNull(members, "members");
        this.checks = List.of(new RegulationCheck(regulations), new SequenceCheck(), new ConsultationBasisCheck(),
                new DecisionMeetingCheck(), new MeetingRulesCheck(), new RecusalCheck(), new MeetingCountsCheck(),
                new OpinionCheck(), new ConsultationStepsCheck(), new DeadlineCheck(), new InformationCheck(),
                new SilenceCheck(), new ContraryDecisionCheck(), new DecidingAuthorityCheck(), new ClosedCaseCheck());
    }

    public CaseVerdict verify(CaseHistory history) {
        CaseFacts facts = new CaseFacts(history, this.regulations, this.members);
        Findings findings = new Findings(history.caseId());
        this.checks.forEach(check -> check.check(facts, findings));
        return new CaseVerdict(history.caseId(), CaseOutlines.of(facts), findings.inHistoryOrder());
    }
}
