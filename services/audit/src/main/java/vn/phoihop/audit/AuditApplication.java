package vn.phoihop.audit;

import java.time.Clock;
import java.time.ZoneId;

import javax.sql.DataSource;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.support.TransactionTemplate;

import vn.phoihop.audit.chain.Keyring;
import vn.phoihop.audit.cli.AuditCommandLine;
import vn.phoihop.audit.service.AuditSettings;
import vn.phoihop.audit.service.Auditor;
import vn.phoihop.audit.service.ReadModel;
import vn.phoihop.audit.service.RecordArchive;
import vn.phoihop.regulation.Regulations;

/**
 * The auditors' service (kiểm tra giám sát): keeps a copy of both boards' topics and judges it. With a command as its
 * first argument ({@code verify}, {@code report}, {@code case}) the same jar is the command line instead.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class AuditApplication {

    public static void main(String[] args) {
        if (args.length > 0 && AuditCommandLine.isCommand(args[0])) {
            AuditCommandLine.main(args);
            return;
        }
        SpringApplication.run(AuditApplication.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.system(ZoneId.of("Asia/Ho_Chi_Minh"));
    }

    @Bean
    Keyring keyring(AuditSettings settings) {
        return Keyring.load(settings.keys());
    }

    @Bean
    RecordArchive recordArchive(DataSource dataSource) {
        return new RecordArchive(JdbcClient.create(dataSource), new JdbcTemplate(dataSource));
    }

    @Bean
    ReadModel readModel(DataSource dataSource) {
        return new ReadModel(JdbcClient.create(dataSource));
    }

    @Bean
    Auditor auditor(AuditSettings settings, RecordArchive archive, ReadModel readModel, Regulations regulations,
            Keyring keyring, TransactionTemplate transaction, Clock clock) {
        return new Auditor(settings, archive, readModel, regulations, keyring, transaction, clock);
    }
}
