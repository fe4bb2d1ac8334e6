package vn.phoihop.audit.chain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import vn.phoihop.events.CheckpointStatement;

/**
 * The boards' public keys that auditors trust, by producer and key id. On disk it is a directory holding
 * {@code <producer>/<keyId>.pem} files (X.509 PEM): rotating a board's key adds a file, and old checkpoints still
 * verify with the old one.
 */
public final class Keyring {

    private final Map<String, Map<String, PublicKey>> keys;

    public Keyring(Map<String, Map<String, PublicKey>> keys) {
        this.keys = keys.entrySet().stream()
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, entry -> Map.copyOf(entry.getValue())));
    }

    /** Reads every {@code <producer>/<keyId>.pem} under {@code directory}; a file that is not a key stops the audit. */
    public static Keyring load(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new IllegalArgumentException("keyring " + directory + " is not a directory of <producer>/<keyId>.pem");
        }
        Map<String, Map<String, PublicKey>> keys = new HashMap<>();
        try (Stream<Path> producers = Files.list(directory)) {
            for (Path producer : producers.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> files = Files.list(producer)) {
                    for (Path file : files.filter(path -> path.toString().endsWith(".pem")).sorted().toList()) {
                        String name = file.getFileName().toString();
                        keys.computeIfAbsent(producer.getFileName().toString(), any -> new HashMap<>())
                            .put(name.substring(0, name.length() - ".pem".length()), read(file));
                    }
                }
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException("cannot read keyring " + directory, ex);
        }
        return new Keyring(keys);
    }

    public Optional<PublicKey> find(String producer, String keyId) {
        return Optional.ofNullable(this.keys.getOrDefault(producer, Map.of()).get(keyId));
    }

    public List<String> producers() {
        return this.keys.keySet().stream().sorted().toList();
    }

    private static PublicKey read(Path file) throws IOException {
        try {
            return CheckpointStatement.publicKeyFromPem(Files.readString(file));
        }
        catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException("keyring file " + file + ": " + ex.getMessage(), ex);
        }
    }
}
