package vn.phoihop.local.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Predicate;

import vn.phoihop.local.demo.Ending.Decided;
import vn.phoihop.local.demo.Ending.DecidedAbove;
import vn.phoihop.local.demo.Ending.Decision;
import vn.phoihop.local.demo.Ending.UpwardSubmission;

/**
 * Numbers documents as an office does: one sequence a year per register, in date order, at the pace the register
 * fills with all its other documents. Ministry decisions "n/QĐ-BKHĐT" (some 2,000 a year), the cadre board's
 * submissions "n-TTr/BCSĐ" (about a hundred), the Prime Minister's decisions "n/QĐ-TTg" (over 2,000).
 */
final class DecisionNumbers {

    private final Random random;

    private DecisionNumbers(Random random) {
        this.random = random;
    }

    static List<PlannedCase> assign(Random random, List<PlannedCase> cases) {
        DecisionNumbers numbers = new DecisionNumbers(random);
        Map<Integer, String> ministry = numbers.sequence(cases, PlannedCase::decidedByCadreBoard,
                planned -> ((Decided) planned.ending()).decision().effectiveDate(), "/QĐ-BKHĐT", 5.5);
        Map<Integer, String> submissions = numbers.sequence(cases, PlannedCase::decidedAbove,
                planned -> ((DecidedAbove) planned.ending()).submission().submittedOn(), "-TTr/BCSĐ", 0.3);
        Map<Integer, String> primeMinister = numbers.sequence(cases, PlannedCase::decidedAbove,
                planned -> ((DecidedAbove) planned.ending()).decision().effectiveDate(), "/QĐ-TTg", 6.0);
        List<PlannedCase> numbered = new ArrayList<>();
        for (PlannedCase planned : cases) {
            Ending ending = switch (planned.ending()) {
                case Decided decided -> new Decided(decided.meeting(),
                        numbered(decided.decision(), ministry.get(planned.number())));
                case DecidedAbove above -> new DecidedAbove(above.meeting(), new UpwardSubmission(
                        above.submission().authorityName(), submissions.get(planned.number()),
                        above.submission().submittedOn()),
                        numbered(above.decision(), primeMinister.get(planned.number())));
                default -> planned.ending();
            };
            numbered.add(new PlannedCase(planned.number(), planned.story(), planned.requestDate(),
                    planned.proposal(), planned.rounds(), ending));
        }
        return numbered;
    }

    private Map<Integer, String> sequence(List<PlannedCase> cases, Predicate<PlannedCase> which,
            Function<PlannedCase, LocalDate> dated, String suffix, double perDay) {
        Map<Integer, String> numbers = new HashMap<>();
        int year = 0;
        int next = 0;
        for (PlannedCase planned : cases.stream().filter(which)
                .sorted(Comparator.comparing(dated).thenComparing(PlannedCase::number)).toList()) {
            LocalDate day = dated.apply(planned);
            int paced = (int) (day.getDayOfYear() * perDay) + 1 + random.nextInt(3);
            next = day.getYear() == year ? Math.max(next + 1, paced) : paced;
            year = day.getYear();
            numbers.put(planned.number(), next + suffix);
        }
        return numbers;
    }

    private static Decision numbered(Decision decision, String number) {
        return new Decision(decision.outcome(), number, decision.effectiveDate(), decision.justification(),
                decision.authorityName());
    }
}
