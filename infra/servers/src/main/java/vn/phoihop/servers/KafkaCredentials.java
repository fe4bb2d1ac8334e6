package vn.phoihop.servers;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A principal's SCRAM user name and password on a secured {@link LocalKafka}. The password never shows in
 * {@link #toString()}, so the credentials may be logged or put in an assertion message.
 */
public record KafkaCredentials(String username, String password) {

    public static final String MECHANISM = "SCRAM-SHA-512";

    private static final SecureRandom RANDOM = new SecureRandom();

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]+");

    public KafkaCredentials {
        requireJaasSafe(username, "user name");
        requireJaasSafe(password, "password");
    }

    /** 144 random bits, URL-safe Base64: nothing to escape in a JAAS line or on a command line. */
    public static KafkaCredentials generate(String username) {
        byte[] secret = new byte[18];
        RANDOM.nextBytes(secret);
        return new KafkaCredentials(username, Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
    }

    /** The Kafka client settings that log in as this principal on the local broker's SASL_PLAINTEXT listener. */
    public Map<String, String> clientSettings() {
        return Map.of("security.protocol", "SASL_PLAINTEXT",
                "sasl.mechanism", MECHANISM,
                "sasl.jaas.config", jaasConfig("org.apache.kafka.common.security.scram.ScramLoginModule"));
    }

    String jaasConfig(String loginModule) {
        return loginModule + " required username=\"" + username + "\" password=\"" + password + "\";";
    }

    @Override
    public String toString() {
        return "KafkaCredentials[username=" + username + "]";
    }

    // anything else could end a JAAS value or a StorageTool SCRAM argument early, or smuggle in options of its own
    private static void requireJaasSafe(String value, String what) {
        if (value == null || !SAFE.matcher(value).matches()) {
            throw new IllegalArgumentException("A Kafka " + what + " must be letters, digits, '.', '_' or '-'");
        }
    }
}
