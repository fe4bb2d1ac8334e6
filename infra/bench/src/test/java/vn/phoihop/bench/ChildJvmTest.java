package vn.phoihop.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same tool command, whether the caller runs from the bench's exec jar or from a plain class path. */
class ChildJvmTest {

    private static final List<String> OPTIONS = List.of("-Xmx512m");

    @TempDir
    Path directory;

    @Test
    void startsAToolThroughTheLauncherOfASpringBootExecJar() throws IOException {
        String jar = jar(ChildJvm.PROPERTIES_LAUNCHER).toString();

        assertThat(ChildJvm.command("java", jar, OPTIONS, "some.Tool", List.of("--help")))
            .containsExactly("java", "-Xmx512m", "-Dloader.main=some.Tool", "-jar", jar, "--help");
    }

    @Test
    void startsAToolOnTheClassPathOtherwise() throws IOException {
        String jar = jar("org.apache.maven.surefire.booter.ForkedBooter").toString();
        String classPath = "target/classes" + File.pathSeparator + "lib.jar";

        assertThat(ChildJvm.command("java", jar, OPTIONS, "some.Tool", List.of()))
            .containsExactly("java", "-Xmx512m", "-cp", jar, "some.Tool");
        assertThat(ChildJvm.command("java", classPath, OPTIONS, "some.Tool", List.of()))
            .containsExactly("java", "-Xmx512m", "-cp", classPath, "some.Tool");
    }

    private Path jar(String mainClass) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, mainClass);
        Path jar = Files.createTempFile(directory, "app", ".jar");
        new JarOutputStream(Files.newOutputStream(jar), manifest).close();
        return jar;
    }
}
