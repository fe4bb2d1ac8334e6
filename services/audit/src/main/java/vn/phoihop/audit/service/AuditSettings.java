package vn.phoihop.audit.service;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code phoihop.audit}.
 *
 * @param keys the boards' public keys, as {@code <producer>/<keyId>.pem} files
 * @param bootstrapServers the Kafka cluster whose topics are audited
 * @param kafka further consumer settings (security protocol, SASL, TLS), by their Kafka names
 * @param topicPrefix what the cluster puts before the contract's topic names, if anything
 * @param ingestInterval how often the topics are read for new records
 * @param patience how long a read may go without progress before it is abandoned
 */
@ConfigurationProperties("phoihop.audit")
public record AuditSettings(Path keys, String bootstrapServers, @DefaultValue Map<String, String> kafka,
        @DefaultValue("") String topicPrefix,
        @DefaultValue("2s") Duration ingestInterval, @DefaultValue("30s") Duration patience) {

    public AuditSettings {
        if (keys == null) {
            throw new IllegalArgumentException("phoihop.audit.keys must name the directory of the boards' public keys");
        }
        if (bootstrapServers == null || bootstrapServers.isBlank()) {
            throw new IllegalArgumentException("phoihop.audit.bootstrap-servers must be set");
        }
    }

    Properties consumerSettings() {
        Properties settings = new Properties();
        settings.putAll(this.kafka);
        settings.put("bootstrap.servers", this.bootstrapServers);
        return settings;
    }
}
