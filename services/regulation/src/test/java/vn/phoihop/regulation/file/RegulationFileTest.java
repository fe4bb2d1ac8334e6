package vn.phoihop.regulation.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.phoihop.regulation.ActionKind;
import vn.phoihop.regulation.ConsultationStep;
import vn.phoihop.regulation.DecidingAuthority;
import vn.phoihop.regulation.PositionTier;
import vn.phoihop.regulation.Regulation;
import vn.phoihop.regulation.RegulationKey;
import vn.phoihop.regulation.Regulations;
import vn.phoihop.regulation.SilenceRule;

class RegulationFileTest {

    private static final String CALENDAR = """
            name: test-calendar
            years:
              2026:
                holidays:
                  - {name: "Tết", days: [2026-02-17]}
            """;

    private static final String MINIMAL = """
            id: TEST-1
            version: "1"
            title: Test
            effectiveFrom: 2026-01-01
            calendar: test-calendar
            defaults:
              consultation: {required: true, steps: [STANDING_COMMITTEE_OPINION], responseWorkingDays: 3, silence: NOTHING}
              meeting:
                quorum: {atLeast: 2/3, of: SUMMONED}
                adoption: {moreThan: 1/2, of: ALL_MEMBERS}
              decidingAuthority: {DEPUTY_MINISTER: HIGHER_AUTHORITY, DEPARTMENT_HEAD: CADRE_BOARD,
                DEPARTMENT_DEPUTY_HEAD: CADRE_BOARD, DIVISION_HEAD: CADRE_BOARD, DIVISION_DEPUTY_HEAD: CADRE_BOARD}
            actions:
              SUCCESSION_PLANNING: {consultation: {required: false}}
              NOMINATION_FOR_CANDIDACY: {}
              APPOINTMENT: {decidingAuthority: {DEPARTMENT_HEAD: HIGHER_AUTHORITY}}
              REAPPOINTMENT: {consultation: {silence: CONSENT}}
              TENURE_EXTENSION: {}
              TRANSFER: {}
              TRANSFER_AND_APPOINTMENT: {}
              RECEPTION_AND_APPOINTMENT: {}
              ROTATION: {}
              DISMISSAL: {}
              DISCIPLINE: {consultation: {responseWorkingDays: 7}}
            """;

    @Test
    void shipsTheCoordinationRegulationOfTheSeedWithEveryActionKind() {
        Regulations regulations = RegulationLibrary.defaults("test");
        Regulation regulation = regulations.require("296-QC/BCSĐ-ĐUBKH", "2013.1");

        assertThat(regulation.effectiveFrom()).isEqualTo(LocalDate.of(2013, 6, 20));
        assertThat(regulation.actions()).containsOnlyKeys(ActionKind.values());
        assertThat(regulation.rulesFor(ActionKind.APPOINTMENT).consultation().steps())
            .containsExactly(ConsultationStep.ASSIGNED_MEMBER_REVIEW, ConsultationStep.STANDING_COMMITTEE_OPINION);
        assertThat(regulation.rulesFor(ActionKind.APPOINTMENT).authorityFor(PositionTier.DEPUTY_MINISTER))
            .isEqualTo(DecidingAuthority.HIGHER_AUTHORITY);
        assertThat(regulation.rulesFor(ActionKind.REAPPOINTMENT).consultation().silence()).isEqualTo(SilenceRule.CONSENT);
        assertThat(regulation.rulesFor(ActionKind.TENURE_EXTENSION).consultation().responseWorkingDays()).isEqualTo(5);
        assertThat(regulation.rulesFor(ActionKind.APPOINTMENT).meeting().quorate(5, 7)).isTrue();
        assertThat(regulation.rulesFor(ActionKind.APPOINTMENT).meeting().quorate(4, 7)).isFalse();
    }

    @Test
    void eachActionKindTakesTheDefaultsAndOverridesWhatItNames() {
        Regulation regulation = load(MINIMAL);

        assertThat(regulation.key()).isEqualTo(new RegulationKey("TEST-1", "1"));
        assertThat(regulation.rulesFor(ActionKind.SUCCESSION_PLANNING).consultation().required()).isFalse();
        assertThat(regulation.rulesFor(ActionKind.DISCIPLINE).consultation().responseWorkingDays()).isEqualTo(7);
        assertThat(regulation.rulesFor(ActionKind.DISMISSAL).consultation().responseWorkingDays()).isEqualTo(3);
        assertThat(regulation.rulesFor(ActionKind.APPOINTMENT).authorityFor(PositionTier.DEPARTMENT_HEAD))
            .isEqualTo(DecidingAuthority.HIGHER_AUTHORITY);
        assertThat(regulation.rulesFor(ActionKind.DISMISSAL).authorityFor(PositionTier.DEPARTMENT_HEAD))
            .isEqualTo(DecidingAuthority.CADRE_BOARD);
        // 3 working days after Monday 16 Feb 2026 skip Tết on the 17th
        assertThat(regulation.responseDueDate(ActionKind.DISMISSAL, LocalDate.of(2026, 2, 16)))
            .isEqualTo(LocalDate.of(2026, 2, 20));
    }

    @Test
    void refusesAFileWithEveryProblemNamedByItsPath() {
        String broken = MINIMAL.replace("responseWorkingDays: 3", "responseWorkingDays: -3")
            .replace("silence: CONSENT", "silence: MAYBE")
            .replace("atLeast: 2/3", "atLeast: two thirds")
            .replace("  ROTATION: {}\n", "")
            .replace("calendar: test-calendar", "calendar: lunar");

        assertThatThrownBy(() -> load(broken)).isInstanceOfSatisfying(InvalidRegulationFile.class,
                invalid -> assertThat(invalid.problems()).anySatisfy(p -> assertThat(p).startsWith("calendar:"))
                    .anySatisfy(p -> assertThat(p).contains("responseWorkingDays").contains("-3"))
                    .anySatisfy(p -> assertThat(p).contains("silence").contains("MAYBE"))
                    .anySatisfy(p -> assertThat(p).contains("quorum.atLeast").contains("two thirds"))
                    .anySatisfy(p -> assertThat(p).startsWith("actions.ROTATION: is missing")));
    }

    @Test
    void refusesUnknownSettingsRatherThanIgnoringThem() {
        String typo = MINIMAL.replace("DISCIPLINE: {consultation: {responseWorkingDays: 7}}",
                "DISCIPLINE: {consultation: {responseWorkingDay: 7}}");

        assertThatThrownBy(() -> load(typo)).isInstanceOf(InvalidRegulationFile.class)
            .hasMessageContaining("actions.DISCIPLINE.consultation.responseWorkingDay: is not a known setting");
    }

    @Test
    void refusesAnUnknownActionKindAndAFileThatIsNotThere() {
        String extra = MINIMAL + "  PROMOTION: {}\n";

        assertThatThrownBy(() -> load(extra)).hasMessageContaining("'PROMOTION' is not one of");
        assertThatThrownBy(() -> new RegulationLibrary().regulation("nowhere.yaml", () -> null))
            .hasMessageContaining("nowhere.yaml").hasMessageContaining("does not exist");
    }

    static Regulation load(String regulation) {
        return new RegulationLibrary().calendar("calendar.yaml", () -> stream(CALENDAR))
            .regulation("regulation.yaml", () -> stream(regulation))
            .build("test")
            .require("TEST-1", "1");
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

}
