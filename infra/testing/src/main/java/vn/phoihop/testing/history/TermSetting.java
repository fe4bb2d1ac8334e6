package vn.phoihop.testing.history;

import vn.phoihop.regulation.Regulation;

/** What every case of one term shares: the regulation it runs under, its calendar, its proposals and registers. */
record TermSetting(Regulation regulation, TermCalendar calendar, Proposals proposals,
        DecisionNumbers decisionNumbers) {

    static TermSetting of(Regulation regulation, long cases) {
        return new TermSetting(regulation, new TermCalendar(regulation.calendar(), cases), new Proposals(regulation),
                new DecisionNumbers());
    }
}
