package vn.phoihop.simulation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import vn.phoihop.cadreboard.cases.domain.Cadre;
import vn.phoihop.cadreboard.cases.domain.PersonnelCase;
import vn.phoihop.executiveboard.consultations.domain.Consultation;
import vn.phoihop.regulation.Regulation;
import vn.phoihop.regulation.RegulationKey;
import vn.phoihop.regulation.Regulations;
import vn.phoihop.regulation.file.RegulationLibrary;

/**
 * Runs a {@link Scenario}: opens its cases at the cadre board, plays its steps, then drains the network; after
 * every step and every delivery of the drain it checks the given invariants and, when one breaks, fails with the
 * history.
 */
final class Simulation {

    /** A Monday; the deadlines count working days on the shipped Vietnamese calendar. */
    static final LocalDate START = LocalDate.of(2024, 3, 4);

    static final Regulations CADRE_BOARD_REGULATIONS = RegulationLibrary.defaults("cadre-board");

    static final Regulation REGULATION = CADRE_BOARD_REGULATIONS.inForce(START);

    private static final Regulations EXECUTIVE_BOARD_REGULATIONS = RegulationLibrary.defaults("executive-board");

    /** An executive board that was given another version of the regulation than the cadre board's. */
    private static final Regulations OTHER_VERSION_ONLY = new Regulations("executive-board",
            List.of(new Regulation(new RegulationKey(REGULATION.id(), "2099.1"), REGULATION.title(),
                    REGULATION.effectiveFrom(), REGULATION.calendar(), REGULATION.actions())));

    private final World world;

    private final List<Invariant> invariants;

    private Simulation(Scenario scenario, List<Invariant> invariants) {
        Clock clock = new Clock(START);
        ExecutiveBoardNode executive = new ExecutiveBoardNode(
                scenario.executiveBoardKnowsRegulation() ? EXECUTIVE_BOARD_REGULATIONS : OTHER_VERSION_ONLY,
                scenario.roster().roster());
        this.world = new World(scenario, clock, new CadreBoardNode(), executive);
        this.invariants = invariants;
    }

    static World run(Scenario scenario, Invariant... invariants) {
        Simulation simulation = new Simulation(scenario, List.of(invariants));
        simulation.play();
        return simulation.world;
    }

    private void play() {
        List<CaseSpec> cases = world.scenario.cases();
        for (int caseNo = 0; caseNo < cases.size(); caseNo++) {
            CaseSpec spec = cases.get(caseNo);
            Cadre subject = new Cadre(spec.subjectCadreId(caseNo, world.scenario.roster()), "Cán bộ " + (caseNo + 1));
            world.cadre.open(Labels.caseId(caseNo),
                    Proposals.of(spec.kind(), subject, spec.tier(), spec.unit(), "Tờ trình ban đầu"), REGULATION);
        }
        Steps steps = new Steps(world);
        for (Step step : world.scenario.steps()) {
            world.step++;
            steps.perform(step);
            check();
        }
        while (!world.network.quiet()) {
            world.step++;
            world.deliver(world.network.oldest().orElseThrow(), "drain");
            check();
        }
    }

    private void check() {
        for (Invariant invariant : invariants) {
            try {
                invariant.check(world);
            }
            catch (AssertionError broken) {
                throw new AssertionError(invariant.name() + " broken at #" + world.step + ": " + broken.getMessage()
                        + "\n" + world.scenario + "\nHistory:\n" + world.journal, broken);
            }
        }
    }

    static UUID caseId(World world, int caseNo) {
        return Labels.caseId(caseNo % world.scenario.cases().size());
    }

    static PersonnelCase personnelCase(World world, int caseNo) {
        return world.cadre.get(caseId(world, caseNo));
    }

    static Optional<Consultation> consultation(World world, int caseNo) {
        return world.executive.find(caseId(world, caseNo));
    }

}
