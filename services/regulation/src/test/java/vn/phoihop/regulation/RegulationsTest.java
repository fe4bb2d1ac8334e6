package vn.phoihop.regulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.phoihop.regulation.file.RegulationLibrary;

class RegulationsTest {

    private final Regulations regulations = RegulationLibrary.defaults("executive board");

    @Test
    void refusesAVersionItDoesNotKnowSayingWhatItKnows() {
        assertThatThrownBy(() -> regulations.require("296-QC/BCSĐ-ĐUBKH", "2099.1"))
            .isInstanceOfSatisfying(UnknownRegulation.class, unknown -> assertThat(unknown.rule())
                .isEqualTo("regulation-known"))
            .hasMessage("Regulation 296-QC/BCSĐ-ĐUBKH version 2099.1 is not known to the executive board; it knows "
                    + "[296-QC/BCSĐ-ĐUBKH version 2013.1].");
    }

    @Test
    void aCaseRunsUnderTheNewestVersionInForceOnItsDay() {
        assertThat(regulations.inForce(LocalDate.of(2026, 11, 22)).version()).isEqualTo("2013.1");
        assertThatThrownBy(() -> regulations.inForce(LocalDate.of(2012, 1, 1)))
            .hasMessageContaining("No regulation known to the executive board is in force on 2012-01-01");
    }

}
