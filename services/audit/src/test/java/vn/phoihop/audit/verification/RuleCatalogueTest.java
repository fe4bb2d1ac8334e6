package vn.phoihop.audit.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import vn.phoihop.audit.verdict.Rule;

/** The rules are listed once, each with a one-sentence requirement, and docs/audit-rules.md documents them all. */
class RuleCatalogueTest {

    @Test
    void everyRuleHasADistinctIdAndARequirement() {
        assertThat(CaseRules.ALL).extracting(Rule::id)
            .doesNotHaveDuplicates()
            .allMatch(id -> id.matches("[a-z]+(-[a-z]+)*"));
        assertThat(CaseRules.ALL).extracting(Rule::requirement)
            .allMatch(sentence -> !sentence.isBlank() && !sentence.contains(". "));
    }

    @Test
    void theRulesPageDocumentsEveryRule() throws IOException {
        String page = Files.readString(rulesPage());

        for (Rule rule : CaseRules.ALL) {
            assertThat(page).as(rule.id()).contains("| `" + rule.id() + "` |");
        }
    }

    /** docs/ of the repository, wherever the build runs the tests from. */
    private static Path rulesPage() {
        return Stream.iterate(Path.of("").toAbsolutePath(), path -> path != null, Path::getParent)
            .map(path -> path.resolve("docs/audit-rules.md"))
            .filter(Files::exists)
            .findFirst()
            .orElseThrow(() -> new AssertionError("no docs/audit-rules.md above " + Path.of("").toAbsolutePath()));
    }
}
