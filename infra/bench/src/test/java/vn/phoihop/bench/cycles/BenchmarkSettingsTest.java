package vn.phoihop.bench.cycles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

class BenchmarkSettingsTest {

    @Test
    void defaultsAreTheDocumentedRun() {
        BenchmarkSettings settings = BenchmarkSettings.parse();

        assertThat(settings.replicas()).isOne();
        assertThat(settings.partitions()).isEqualTo(3);
        assertThat(settings.users()).containsExactly(4, 16, 48);
        assertThat(settings.offered()).containsExactly(0.25, 0.5, 0.75);
        assertThat(settings.warmUp()).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.window()).isEqualTo(Duration.ofSeconds(20));
        assertThat(settings.boardArguments()).isEmpty();
        assertThat(settings.idempotencyKeys()).isFalse();
        assertThat(settings.plot()).isEqualTo(Path.of("infra/bench/target/cycles/cycles.png"));
    }

    @Test
    void boardArgumentsAreSeparatedBySemicolonsAndThePlotFollowsTheDirectory() {
        BenchmarkSettings settings = BenchmarkSettings.parse("--replicas=2", "--users=8",
                "--board-arguments=--a=1;--b=x,y", "--idempotency-keys=true", "--directory=/tmp/run");

        assertThat(settings.replicas()).isEqualTo(2);
        assertThat(settings.users()).containsExactly(8);
        assertThat(settings.boardArguments()).isEqualTo(List.of("--a=1", "--b=x,y"));
        assertThat(settings.idempotencyKeys()).isTrue();
        assertThat(settings.plot()).isEqualTo(Path.of("/tmp/run/cycles.png"));
    }

    @Test
    void refusesWhatItDoesNotKnowInsteadOfIgnoringIt() {
        assertThatIllegalArgumentException().isThrownBy(() -> BenchmarkSettings.parse("--user=8"))
            .withMessageContaining("user");
        assertThatIllegalArgumentException().isThrownBy(() -> BenchmarkSettings.parse("replicas=2"))
            .withMessageContaining("--name=value");
    }

}
