package vn.phoihop.audit.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import vn.phoihop.audit.chain.ChainRules;
import vn.phoihop.audit.verdict.Rule;
import vn.phoihop.audit.verification.CaseRules;

/** The console says everything in both languages, and can explain every rule a violation names. */
class ConsoleMessagesTest {

    @Test
    void everyTextIsInBothLanguages() throws IOException {
        Properties vietnamese = load("messages.properties");
        Properties english = load("messages_en.properties");

        assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(vietnamese.stringPropertyNames());
    }

    @Test
    void everyRuleIsExplained() throws IOException {
        Properties vietnamese = load("messages.properties");

        assertThat(Stream.concat(CaseRules.ALL.stream(), ChainRules.ALL.stream()).map(Rule::id))
            .allSatisfy(id -> assertThat(vietnamese.getProperty("audit.rule." + id)).as(id).isNotBlank());
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ConsoleMessagesTest.class.getResourceAsStream("/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
