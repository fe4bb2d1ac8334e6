package vn.phoihop.audit.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.phoihop.regulation.ActionKind;

class LabelTest {

    @Test
    void everyActionKindHasItsNameInBothLanguages() {
        for (ActionKind kind : ActionKind.values()) {
            assertThat(Label.of(kind)).as(kind.name()).isNotNull();
            assertThat(Label.of(kind).key()).isEqualTo(kind.name());
        }
    }
}
