package vn.phoihop.cadreboard.cases.domain;

import java.time.LocalDate;
import java.util.UUID;

/** Builders for the cases the stories below start from. */
final class CaseFixtures {

    static final RegulationRef REGULATION = new RegulationRef("296-QC/BCSĐ-ĐUBKH", "2013.1", 10);

    private CaseFixtures() {
    }

    static Proposal appointment() {
        return new Proposal(ActionKind.APPOINTMENT, new Cadre("CB-0001", "Nguyễn Văn An"), null,
                new Position("Vụ trưởng", "VU-TCCB", "Vụ Tổ chức cán bộ", PositionTier.DEPARTMENT_HEAD),
                LocalDate.of(2027, 1, 1), 5, "Kiện toàn lãnh đạo Vụ");
    }

    static PersonnelCase draft() {
        return PersonnelCase.open(CaseId.random(), appointment(), REGULATION);
    }

    static PersonnelCase submitted() {
        PersonnelCase personnelCase = draft();
        personnelCase.submit(LocalDate.of(2026, 11, 20));
        return personnelCase;
    }

    static ReceivedOpinion opinion(int proposalVersion, OpinionOutcome outcome) {
        return new ReceivedOpinion(UUID.randomUUID(), proposalVersion, outcome);
    }

    static FinaliseDecision approve() {
        return new FinaliseDecision(DecisionOutcome.APPROVED, "123-QĐ/BCSĐ", LocalDate.of(2027, 1, 1), null);
    }

}
