package vn.phoihop.audit.verification;

import java.util.List;

import vn.phoihop.audit.verdict.Violation;

/** The audit's verdict on a story, under the shipped regulation and without the committee's roster. */
final class Judge {

    private static final CaseVerification VERIFICATION = new CaseVerification(CaseStory.REGULATIONS);

    private Judge() {
    }

    static CaseVerdict verdictOn(CaseStory story) {
        return VERIFICATION.verify(story.history());
    }

    static List<Violation> violationsOf(CaseStory story) {
        return verdictOn(story).violations();
    }

    static List<String> rulesBrokenBy(CaseStory story) {
        return violationsOf(story).stream().map(Violation::rule).toList();
    }
}
