package vn.phoihop.executiveboard.consultations.domain;

/** Why the board cannot run a consultation: the rule and a sentence for the cadre board's staff. */
public record Refusal(String rule, String reason) {
}
