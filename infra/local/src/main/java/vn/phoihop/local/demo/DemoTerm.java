package vn.phoihop.local.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import vn.phoihop.local.demo.Proposal.Subject;
import vn.phoihop.local.demo.TermTable.Slot;
import vn.phoihop.regulation.Regulation;
import vn.phoihop.regulation.WorkingDayCalendar;
import vn.phoihop.regulation.file.RegulationLibrary;

/**
 * The demo's replay of the 2010–2015 term, always the same: the seed's table of 194 + 6 cases and a few more,
 * requested on the term's working days, consulted, decided. Pure: it computes, it calls nothing.
 */
final class DemoTerm {

    static final long SEED = 20101101L;
    static final LocalDate FIRST_REQUEST = LocalDate.of(2010, 11, 1);
    static final LocalDate LAST_REQUEST = LocalDate.of(2015, 9, 30);
    static final LocalDate LAST_EFFECTIVE = LocalDate.of(2015, 10, 15);
    /** The period of the term report that shows the table. */
    static final LocalDate REPORT_FROM = LocalDate.of(2010, 10, 1);
    static final LocalDate REPORT_TO = LocalDate.of(2015, 10, 31);

    /** The latest request of a case decided within the term, above or by the cadre board. */
    private static final LocalDate LAST_UPWARD_REQUEST = LocalDate.of(2015, 4, 30);
    private static final LocalDate LAST_DECIDED_REQUEST = LocalDate.of(2015, 7, 15);
    /** Cases still open at the end of the term came in during its last weeks. */
    private static final LocalDate FIRST_LATE_REQUEST = LocalDate.of(2015, 8, 17);

    private DemoTerm() {
    }

    static TermPlan plan() {
        return plan(SEED);
    }

    static TermPlan plan(long seed) {
        Random random = new Random(seed);
        Regulation regulation = RegulationLibrary.defaults("local-stack").inForce(LAST_REQUEST);
        List<Dated> dated = new ArrayList<>();
        for (Slot slot : TermTable.slots()) {
            dated.add(new Dated(slot, requestDate(random, regulation.calendar(), slot)));
        }
        dated.sort(Comparator.comparing(Dated::requested)); // stable: ties keep the table's order

        VietnameseNames names = new VietnameseNames(random);
        StandingCommittee.names().forEach(names::reserve);
        Scripts scripts = new Scripts(random, regulation, StandingCommittee.assignments());
        List<PlannedCase> cases = new ArrayList<>();
        for (int i = 0; i < dated.size(); i++) {
            Slot slot = dated.get(i).slot();
            String name = slot.story() == Story.SUBJECT_RECUSED ? StandingCommittee.secretaryName() : names.next();
            cases.add(scripts.write(i + 1, slot, dated.get(i).requested(),
                    new Subject(String.format("CB-%04d", i + 1), name)));
        }
        String secretaryCadreId = cases.stream().filter(planned -> planned.story() == Story.SUBJECT_RECUSED)
                .findFirst().orElseThrow().cadreId();
        return new TermPlan(StandingCommittee.roster(secretaryCadreId), StandingCommittee.assignments(),
                DecisionNumbers.assign(random, cases));
    }

    private record Dated(Slot slot, LocalDate requested) {
    }

    private static LocalDate requestDate(Random random, WorkingDayCalendar calendar, Slot slot) {
        boolean late = slot.story() == Story.UNDECIDED || slot.story() == Story.LEFT_UNANSWERED;
        LocalDate from = late ? FIRST_LATE_REQUEST : FIRST_REQUEST;
        LocalDate to = late ? LAST_REQUEST : slot.upward() ? LAST_UPWARD_REQUEST : LAST_DECIDED_REQUEST;
        List<LocalDate> workingDays = from.datesUntil(to.plusDays(1)).filter(calendar::isWorkingDay).toList();
        return workingDays.get(random.nextInt(workingDays.size()));
    }
}
