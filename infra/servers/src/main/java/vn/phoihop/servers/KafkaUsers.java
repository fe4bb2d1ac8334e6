package vn.phoihop.servers;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who may log in to a secured {@link LocalKafka}: the super user {@value #ADMIN}, which the broker itself and the
 * harness use, and one principal per service.
 */
public final class KafkaUsers {

    public static final String ADMIN = "admin";

    private static final Pattern JAAS = Pattern.compile("username=\"([^\"]+)\" password=\"([^\"]+)\"");

    private final Map<String, KafkaCredentials> users;

    private KafkaUsers(Map<String, KafkaCredentials> users) {
        this.users = users;
    }

    /** New random passwords, held in memory only: for a broker that lives as long as a test run. */
    public static KafkaUsers generated(Collection<String> services) {
        return of(services, KafkaCredentials::generate);
    }

    /**
     * Each user's Kafka client settings in {@code <directory>/<user>.properties}, readable by the owner only: a
     * file the Kafka tools and the audit's command line take as their client configuration. A user without a file
     * gets a new random password; the others keep theirs, as the broker has them since the first start.
     */
    public static KafkaUsers keptIn(Path directory, Collection<String> services) {
        return of(services, name -> {
            Path file = directory.resolve(name + ".properties");
            return Files.exists(file) ? read(file) : written(file, KafkaCredentials.generate(name));
        });
    }

    public KafkaCredentials admin() {
        return users.get(ADMIN);
    }

    public KafkaCredentials of(String service) {
        KafkaCredentials credentials = users.get(service);
        if (credentials == null || service.equals(ADMIN)) {
            throw new IllegalArgumentException("No Kafka principal for the service " + service);
        }
        return credentials;
    }

    /** Every principal but the super user. */
    public List<KafkaCredentials> services() {
        return users.values().stream().filter(user -> !user.username().equals(ADMIN)).toList();
    }

    private static KafkaUsers of(Collection<String> services, Function<String, KafkaCredentials> credentials) {
        Map<String, KafkaCredentials> users = new HashMap<>();
        users.put(ADMIN, credentials.apply(ADMIN));
        services.forEach(name -> users.put(name, credentials.apply(name)));
        return new KafkaUsers(Map.copyOf(users));
    }

    private static KafkaCredentials read(Path file) {
        Properties settings = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            settings.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the Kafka credentials in " + file, e);
        }
        Matcher login = JAAS.matcher(settings.getProperty("sasl.jaas.config", ""));
        if (!login.find()) {
            throw new IllegalStateException(file + " holds no sasl.jaas.config with a user name and password");
        }
        return new KafkaCredentials(login.group(1), login.group(2));
    }

    // a temporary file is readable by its owner only and keeps that when moved; the move makes it whole or absent
    private static KafkaCredentials written(Path file, KafkaCredentials credentials) {
        try {
            Path directory = Files.createDirectories(file.toAbsolutePath().getParent());
            Path temporary = Files.createTempFile(directory, credentials.username(), ".tmp");
            Properties settings = new Properties();
            settings.putAll(credentials.clientSettings());
            try (Writer writer = Files.newBufferedWriter(temporary)) {
                settings.store(writer, "Kafka client settings of " + credentials.username() + " on the local broker");
            }
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
            return credentials;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the Kafka credentials to " + file, e);
        }
    }
}
