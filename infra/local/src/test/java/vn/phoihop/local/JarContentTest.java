package vn.phoihop.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JarContentTest {

    private static final long MONDAY = 1_795_000_000_000L;
    private static final long TUESDAY = MONDAY + 86_400_000L;

    @TempDir
    Path directory;

    @Test
    void aJarRepackedLaterWithTheSameContentKeepsItsFingerprint() throws Exception {
        Path monday = Jars.write(directory.resolve("monday.jar"), Map.of("a/A.class", "a", "b/B.class", "b"), MONDAY);
        Path tuesday = Jars.write(directory.resolve("tuesday.jar"), Map.of("a/A.class", "a", "b/B.class", "b"), TUESDAY);

        assertThat(Files.mismatch(monday, tuesday)).isNotEqualTo(-1);
        assertThat(JarContent.fingerprint(tuesday)).isEqualTo(JarContent.fingerprint(monday));
    }

    @Test
    void anyChangedEntryChangesTheFingerprint() throws Exception {
        Path before = Jars.write(directory.resolve("before.jar"), Map.of("a/A.class", "a", "b/B.class", "b"), MONDAY);
        Path changed = Jars.write(directory.resolve("changed.jar"), Map.of("a/A.class", "a", "b/B.class", "B"), MONDAY);
        Path added = Jars.write(directory.resolve("added.jar"),
                Map.of("a/A.class", "a", "b/B.class", "b", "c/C.class", "c"), MONDAY);

        assertThat(JarContent.fingerprint(changed)).isNotEqualTo(JarContent.fingerprint(before));
        assertThat(JarContent.fingerprint(added)).isNotEqualTo(JarContent.fingerprint(before));
    }

    @Test
    void springBootsExecutableJarNestsItsLibraries() throws Exception {
        Path executable = Jars.write(directory.resolve("exec.jar"),
                Map.of("BOOT-INF/classes/A.class", "a", "BOOT-INF/lib/library.jar", "jar"), MONDAY);
        Path plain = Jars.write(directory.resolve("plain.jar"), Map.of("a/A.class", "a"), MONDAY);

        assertThat(JarContent.nestsJars(executable)).isTrue();
        assertThat(JarContent.nestsJars(plain)).isFalse();
    }
}
