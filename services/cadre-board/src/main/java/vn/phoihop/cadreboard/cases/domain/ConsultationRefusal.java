package vn.phoihop.cadreboard.cases.domain;

/** The executive board cannot run the consultation on a proposal version; shown on the case for the staff. */
public record ConsultationRefusal(int proposalVersion, String rule, String reason)
        implements ExecutiveBoardAnswer {

    public ConsultationRefusal {
        Require.text(rule, "rule");
        Require.text(reason, "reason");
    }

}
