package vn.phoihop.messaging;

import java.util.stream.Stream;

import javax.sql.DataSource;

import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.util.StringUtils;

import tools.jackson.databind.json.JsonMapper;
import vn.phoihop.events.EventCodec;
import vn.phoihop.web.Problems;
import vn.phoihop.web.limits.LimitSettings;

/**
 * Messaging for a board: {@link Outbox}, the relay that publishes it, and, with an inbound topic, the listener
 * that hands events to the service's {@link InboundEventHandler}.
 */
@AutoConfiguration(after = { DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
        FlywayAutoConfiguration.class, KafkaAutoConfiguration.class })
@EnableConfigurationProperties(MessagingProperties.class)
@Import({ RelayConfiguration.class, InboundConfiguration.class, CheckpointConfiguration.class })
public final class MessagingAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    EventCodec eventCodec() {
        return EventCodec.create();
    }

    @Bean
    Outbox outbox(DataSource dataSource, EventCodec codec, Traceparent traceparent, MessagingProperties properties) {
        return new Outbox(JdbcClient.create(dataSource), codec, traceparent, properties);
    }

    // kept forever, never compacted: auditors replay the topics from the beginning, years later. The inbound
    // topic is declared too, so that subscribing before its producer ever ran cannot let the broker create it
    // with its default retention. Checkpoints have one partition: their order is the order of signing.
    @Bean
    KafkaAdmin.NewTopics phoihopTopics(MessagingProperties properties) {
        Stream<NewTopic> topics = Stream
            .of(properties.outboundTopic(), properties.inboundTopic(), properties.deadLetterTopic())
            .filter(StringUtils::hasText)
            .map((name) -> keptForever(name, properties.topicPartitions()));
        Stream<NewTopic> checkpoints = properties.checkpoints().enabled()
                ? Stream.of(keptForever(properties.checkpointsTopic(), 1)) : Stream.empty();
        return new KafkaAdmin.NewTopics(Stream.concat(topics, checkpoints).toArray(NewTopic[]::new));
    }

    private static NewTopic keptForever(String name, int partitions) {
        return TopicBuilder.name(name).partitions(partitions).config(TopicConfig.RETENTION_MS_CONFIG, "-1").build();
    }

    /**
     * The API's answer when the database is out of reach, and commands that take effect once however often they are
     * sent, whether or not the service consumes a topic.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnClass(Problems.class)
    @EnableConfigurationProperties(IdempotencySettings.class)
    @EnableScheduling
    @Import(DatabaseUnavailableAdvice.class)
    static class ApiConfiguration {

        @Bean
        RememberedAnswers rememberedAnswers(DataSource dataSource) {
            return new RememberedAnswers(JdbcClient.create(dataSource));
        }

        @Bean
        AnswerRetention answerRetention(RememberedAnswers answers, IdempotencySettings settings) {
            return new AnswerRetention(answers, settings);
        }

        // after Spring Security's filter (order -100): the key is the authenticated user's, and a request security
        // refuses never touches the table
        @Bean
        FilterRegistrationBean<IdempotentCommands> idempotentCommands(RememberedAnswers answers,
                PlatformTransactionManager transactions, JsonMapper json, LimitSettings limits) {
            FilterRegistrationBean<IdempotentCommands> registration = new FilterRegistrationBean<>(
                    new IdempotentCommands(answers, transactions, json, Math.toIntExact(limits.jsonBody().toBytes())));
            registration.setOrder(0);
            return registration;
        }

    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(Tracer.class)
    static class TracingConfiguration {

        @Bean
        Traceparent micrometerTraceparent(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
            return new MicrometerTraceparent(tracer, propagator);
        }

    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnMissingClass("io.micrometer.tracing.Tracer")
    static class NoTracingConfiguration {

        @Bean
        Traceparent noTraceparent() {
            return Traceparent.NONE;
        }

    }

}
