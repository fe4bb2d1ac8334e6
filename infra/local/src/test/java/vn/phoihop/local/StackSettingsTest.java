package vn.phoihop.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class StackSettingsTest {

    private static final Path ROOT = Path.of("/repo");

    @Test
    void keepsDataInDotDataAtTheRepositoryRootOnTheAgreedPorts() {
        StackSettings settings = StackSettings.fromArguments(List.of(), ROOT, "1.0");

        assertThat(settings.dataDirectory()).isEqualTo(Path.of("/repo/.data"));
        assertThat(settings.logDirectory()).isEqualTo(Path.of("/repo/.data/logs"));
        assertThat(settings.keysDirectory()).isEqualTo(Path.of("/repo/.data/keys"));
        assertThat(settings.postgresPort()).isEqualTo(15432);
        assertThat(settings.kafkaPort()).isEqualTo(19092);
        assertThat(settings.demo()).isTrue();
    }

    @Test
    void noDemoStartsWithEmptyBoards() {
        StackSettings settings = StackSettings.fromArguments(List.of("--no-demo", "--data-dir=demo"), ROOT, "1.0");

        assertThat(settings.demo()).isFalse();
        assertThat(settings.dataDirectory()).isEqualTo(Path.of("/repo/demo"));
    }

    @Test
    void theHelpNamesEveryOption() {
        assertThat(StackSettings.wantsHelp(List.of("--help"))).isTrue();
        assertThat(StackSettings.wantsHelp(List.of("--no-demo"))).isFalse();
        assertThat(StackSettings.USAGE).contains("--data-dir=PATH", "--no-demo", "--help");
    }

    @Test
    void theDataDirectoryCanBeChosenRelativeToTheRootOrAbsolute() {
        assertThat(StackSettings.fromArguments(List.of("--data-dir=demo"), ROOT, "1.0").dataDirectory())
                .isEqualTo(Path.of("/repo/demo"));
        assertThat(StackSettings.fromArguments(List.of("--data-dir=/var/phoihop"), ROOT, "1.0").dataDirectory())
                .isEqualTo(Path.of("/var/phoihop"));
    }

    @Test
    void refusesUnknownArguments() {
        assertThatThrownBy(() -> StackSettings.fromArguments(List.of("--port=1"), ROOT, "1.0"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--port=1")
                .hasMessageContaining("--data-dir=PATH")
                .hasMessageContaining("--no-demo");
    }
}
