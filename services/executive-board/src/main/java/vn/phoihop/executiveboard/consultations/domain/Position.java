package vn.phoihop.executiveboard.consultations.domain;

/** A management position in a unit of the ministry; the tier is shown, this board has no rule on it. */
public record Position(String title, String unitCode, String unitName, String tier) {
}
