package vn.phoihop.messaging;

import java.time.Clock;

import javax.sql.DataSource;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.io.ApplicationResourceLoader;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.phoihop.events.EventCodec;

/**
 * Signed checkpoints of the service's hash chain, on unless explicitly switched off; the key settings are then
 * required ({@link MessagingProperties.Checkpoints}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "phoihop.messaging.checkpoints.enabled", matchIfMissing = true)
class CheckpointConfiguration {

    @Bean
    StreamCheckpoints streamCheckpoints(DataSource dataSource, PlatformTransactionManager transactionManager,
            EventCodec codec, MessagingProperties properties) {
        MessagingProperties.Checkpoints settings = properties.checkpoints();
        return new StreamCheckpoints(JdbcClient.create(dataSource), new TransactionTemplate(transactionManager), codec,
                properties.producer(), properties.checkpointsTopic(), SigningKey.load(settings.keyId(), keyFile(settings.privateKeyFile())),
                Clock.systemUTC());
    }

    @Bean
    CheckpointSchedule checkpointSchedule(StreamCheckpoints checkpoints, MessagingProperties properties,
            OutboxPublisher publisher, RelayState relayState) {
        return new CheckpointSchedule(checkpoints, properties.checkpoints().interval(), publisher, relayState);
    }

    // a plain path is a file, as an operator means it; the context's own loader would look on the class path
    private static Resource keyFile(String location) {
        return ApplicationResourceLoader.get().getResource(location);
    }

}
