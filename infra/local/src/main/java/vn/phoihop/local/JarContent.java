package vn.phoihop.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** What a service's jar holds, read from the jar's directory alone, in milliseconds. */
final class JarContent {

    private JarContent() {
    }

    /** Whether it is Spring Boot's executable jar, whose libraries are jars inside it. */
    static boolean nestsJars(Path jar) {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.stream().anyMatch(entry -> entry.getName().startsWith("BOOT-INF/lib/"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + jar, e);
        }
    }

    /**
     * SHA-256 over the name, CRC-32 and size of every entry: what the jar holds, not when it was packed. Every build
     * repackages the executable jar with new timestamps, so its bytes change while its classes and libraries do not.
     */
    static String fingerprint(Path jar) {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            zip.stream().sorted(Comparator.comparing(ZipEntry::getName))
                    .map(entry -> entry.getName() + " " + entry.getCrc() + " " + entry.getSize() + "\n")
                    .forEach(line -> digest.update(line.getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + jar, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
