package vn.phoihop.executiveboard.consultations.domain;

/**
 * The count of a secret ballot. Personnel votes are secret (bỏ phiếu kín): the platform keeps the numbers and
 * never who voted how, so there is deliberately no place for names here.
 */
public record BallotTally(int agree, int disagree, int abstain, int invalid) {

    int cast() {
        return agree + disagree + abstain + invalid;
    }

    boolean anyNegative() {
        return agree < 0 || disagree < 0 || abstain < 0 || invalid < 0;
    }

}
