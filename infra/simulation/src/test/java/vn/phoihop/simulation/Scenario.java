package vn.phoihop.simulation;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * One generated run: how the network orders messages, whether the executive board knows the cadre board's
 * regulation, the Standing Committee, the cases (1 to 3), and the steps.
 */
record Scenario(Delivery delivery, boolean executiveBoardKnowsRegulation, RosterSpec roster, List<CaseSpec> cases,
        List<Step> steps) {

    Scenario {
        cases = List.copyOf(cases);
        steps = List.copyOf(steps);
    }

    @Override
    public String toString() {
        return "Scenario[" + delivery + (executiveBoardKnowsRegulation ? "" : ", executive board lacks the regulation")
                + ", " + roster + ", cases "
                + IntStream.range(0, cases.size())
                    .mapToObj(i -> Labels.caseLetter(i) + "=" + cases.get(i))
                    .collect(Collectors.joining(", "))
                + ", " + steps.size() + " steps:\n  "
                + steps.stream().map(Step::toString).collect(Collectors.joining("\n  ")) + "]";
    }

}
