package vn.phoihop.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.phoihop.servers.JvmLaunch;

class AotCacheTest {

    private static final Runtime.Version JAVA_25 = Runtime.Version.parse("25.0.3+9-LTS");
    private static final long MONDAY = 1_795_000_000_000L;
    private static final long TUESDAY = MONDAY + 86_400_000L;

    @TempDir
    Path root;

    private StackService service;
    private Path home;

    @BeforeEach
    void aBuiltService() throws Exception {
        Path jar = root.resolve("services/cadre-board/target/cadre-board-1.0-exec.jar");
        Jars.write(jar, Map.of("Board.class", "version 1"), MONDAY);
        service = new StackService("cadre-board", jar, 8081, "cadre_board", List.of(), List.of());
        home = root.resolve(".data/aot/cadre-board");
    }

    @Test
    void theFirstStartRecordsTheCacheFromACopyOfTheJarWithinTheHeapLimit() {
        JvmLaunch launch = new AotCache(root.resolve(".data/aot"), JAVA_25).launchOf(service);

        assertThat(AotCache.records(launch)).isTrue();
        assertThat(launch.options()).containsExactly("-Xmx512m", "-Xlog:aot=error",
                "-XX:AOTCacheOutput=" + home.resolve("cadre-board.aot"));
        assertThat(launch.jar()).isEqualTo(home.resolve("app/cadre-board-1.0-exec.jar")).hasSameBinaryContentAs(
                service.jar());
        assertThat(launch.stopGrace()).isGreaterThan(JvmLaunch.DEFAULT_STOP_GRACE);
    }

    @Test
    void onceRecordedTheCacheIsUsed() throws Exception {
        AotCache cache = new AotCache(root.resolve(".data/aot"), JAVA_25);
        cache.launchOf(service);
        recorded();

        JvmLaunch launch = cache.launchOf(service);

        assertThat(AotCache.records(launch)).isFalse();
        assertThat(launch.options()).contains("-XX:AOTCache=" + home.resolve("cadre-board.aot"));
        assertThat(launch.stopGrace()).isEqualTo(JvmLaunch.DEFAULT_STOP_GRACE);
    }

    @Test
    void aJarRebuiltWithTheSameContentKeepsItsCache() throws Exception {
        AotCache cache = new AotCache(root.resolve(".data/aot"), JAVA_25);
        cache.launchOf(service);
        recorded();

        Jars.write(service.jar(), Map.of("Board.class", "version 1"), TUESDAY);

        assertThat(AotCache.records(cache.launchOf(service))).isFalse();
    }

    @Test
    void aChangedJarIsCopiedAgainAndRecordsAFreshCache() throws Exception {
        AotCache cache = new AotCache(root.resolve(".data/aot"), JAVA_25);
        cache.launchOf(service);
        recorded();

        Jars.write(service.jar(), Map.of("Board.class", "version 2"), TUESDAY);
        JvmLaunch launch = cache.launchOf(service);

        assertThat(AotCache.records(launch)).isTrue();
        assertThat(home.resolve("cadre-board.aot")).doesNotExist();
        assertThat(launch.jar()).hasSameBinaryContentAs(service.jar());
    }

    @Test
    void anotherJavaRuntimeRecordsAFreshCache() throws Exception {
        new AotCache(root.resolve(".data/aot"), JAVA_25).launchOf(service);
        recorded();

        JvmLaunch launch = new AotCache(root.resolve(".data/aot"), Runtime.Version.parse("25.0.4+7-LTS"))
                .launchOf(service);

        assertThat(AotCache.records(launch)).isTrue();
    }

    @Test
    void beforeJava25TheServiceRunsFromItsJarWithinTheHeapLimit() {
        JvmLaunch launch = new AotCache(root.resolve(".data/aot"), Runtime.Version.parse("21.0.8")).launchOf(service);

        assertThat(launch).isEqualTo(new JvmLaunch(List.of("-Xmx512m"), service.jar()));
        assertThat(root.resolve(".data/aot")).doesNotExist();
    }

    /** What the JVM of a recording run leaves when it exits. */
    private void recorded() throws Exception {
        Files.writeString(home.resolve("cadre-board.aot"), "cache");
    }
}
