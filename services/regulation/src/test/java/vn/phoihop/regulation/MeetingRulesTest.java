package vn.phoihop.regulation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MeetingRulesTest {

    private final MeetingRules rules = new MeetingRules(new Fraction(2, 3), new Fraction(1, 2),
            MeetingRules.AdoptionBase.ALL_MEMBERS);

    @Test
    void quorumIsAtLeastTwoThirdsOfTheSummoned() {
        assertThat(rules.quorate(6, 9)).isTrue();
        assertThat(rules.quorate(5, 9)).isFalse();
        assertThat(rules.quorumNeeded(7)).isEqualTo(5);
        assertThat(rules.quorumNeeded(9)).isEqualTo(6);
    }

    @Test
    void adoptionIsMoreThanHalfOfAllMembersNotOfThosePresent() {
        assertThat(rules.adopted(4, 7, 5)).isTrue();
        assertThat(rules.adopted(3, 7, 5)).as("3 of 5 voters, but not more than half of 7 members").isFalse();
        assertThat(rules.adopted(4, 8, 8)).as("exactly half is not more than half").isFalse();
        assertThat(rules.adoptionNeeded(8, 6)).isEqualTo(5);
    }

    @Test
    void aRegulationMayCountAdoptionAmongTheVoters() {
        MeetingRules amongVoters = new MeetingRules(new Fraction(2, 3), new Fraction(1, 2),
                MeetingRules.AdoptionBase.VOTERS);

        assertThat(amongVoters.adopted(3, 7, 5)).isTrue();
    }

}
