package vn.phoihop.audit.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import vn.phoihop.audit.history.CaseHistory;
import vn.phoihop.audit.pointintime.CaseStory;
import vn.phoihop.events.ActionKind;
import vn.phoihop.events.DecisionOutcome;
import vn.phoihop.events.OpinionOutcome;

/**
 * The seed's 2010–2015 term told in events, as the demo seeder plays it: 194 cases the cadre board decided (some
 * amended, some asking for information, some on deemed consent, one against the opinion), 2 + 4 deputy ministers
 * decided above, and the cases a real term also has that the table does not count.
 */
final class SeedTerm {

    private final List<CaseHistory> cases = new ArrayList<>();

    private SeedTerm() {
    }

    static List<CaseHistory> cases() {
        SeedTerm term = new SeedTerm();
        term.decided(ActionKind.APPOINTMENT, 88, SeedTerm::contrary, SeedTerm::amended, SeedTerm::informed);
        term.decided(ActionKind.TRANSFER_AND_APPOINTMENT, 21, SeedTerm::amended, SeedTerm::informed);
        term.decided(ActionKind.RECEPTION_AND_APPOINTMENT, 7, SeedTerm::amended);
        term.decided(ActionKind.REAPPOINTMENT, 66, SeedTerm::deemedConsent, SeedTerm::deemedConsent,
                SeedTerm::deemedConsent, SeedTerm::informed);
        term.decided(ActionKind.TENURE_EXTENSION, 12);
        term.decidedAbove(ActionKind.APPOINTMENT, 2);
        term.decidedAbove(ActionKind.REAPPOINTMENT, 4);
        term.add(term.story().request(ActionKind.APPOINTMENT).receive().review().overdue(false));
        term.add(term.story().request(ActionKind.TRANSFER_AND_APPOINTMENT).receive().review()
            .opinion(OpinionOutcome.AGREE));
        term.add(term.story().request(ActionKind.APPOINTMENT).receive().review().opinion(OpinionOutcome.AGREE)
            .withdraw());
        term.add(term.story().request(ActionKind.TRANSFER_AND_APPOINTMENT).receive().withdraw());
        return List.copyOf(term.cases);
    }

    /** {@code count} cases of {@code kind} the cadre board approved: the stories given first, the rest routine. */
    @SafeVarargs
    private void decided(ActionKind kind, int count, UnaryOperator<CaseStory>... stories) {
        for (int i = 0; i < count; i++) {
            CaseStory consulted = story().request(kind).receive().review();
            consulted = i < stories.length ? stories[i].apply(consulted) : consulted.opinion(OpinionOutcome.AGREE);
            add(consulted.decisionMeeting().decide(DecisionOutcome.APPROVED, effectiveDate()));
        }
    }

    private void decidedAbove(ActionKind kind, int count) {
        for (int i = 0; i < count; i++) {
            add(story().request(kind).receive().review().opinion(OpinionOutcome.AGREE).decisionMeeting()
                .submitUpward().higherDecision(DecisionOutcome.APPROVED, effectiveDate()));
        }
    }

    private static CaseStory contrary(CaseStory story) {
        return story.opinion(OpinionOutcome.DISAGREE);
    }

    private static CaseStory amended(CaseStory story) {
        return story.opinion(OpinionOutcome.AGREE_WITH_CONDITIONS).amend().receive().review()
            .opinion(OpinionOutcome.AGREE);
    }

    private static CaseStory informed(CaseStory story) {
        return story.opinion(OpinionOutcome.REQUEST_INFORMATION).supplyInformation().review()
            .opinion(OpinionOutcome.AGREE);
    }

    private static CaseStory deemedConsent(CaseStory story) {
        return story.overdue(true);
    }

    // the cases follow one another through the term, a week apart, each taking effect a month after it began
    private CaseStory story() {
        return CaseStory.of("term-case-" + (this.cases.size() + 1), start().plusSeconds(604_800L * this.cases.size()));
    }

    private LocalDate effectiveDate() {
        return LocalDate.ofInstant(start(), ZoneOffset.UTC).plusWeeks(this.cases.size()).plusMonths(1);
    }

    private static Instant start() {
        return Instant.parse("2010-10-04T02:00:00Z");
    }

    private void add(CaseStory story) {
        this.cases.add(story.history());
    }
}
