package vn.phoihop.local.demo;

import java.time.LocalDate;
import java.util.List;

import vn.phoihop.local.demo.Round.Amendment;

/** One case of the replayed term: what the secretariat proposes, each round of consultation, and the end. */
record PlannedCase(int number, Story story, LocalDate requestDate, Proposal proposal, List<Round> rounds,
        Ending ending) {

    PlannedCase {
        rounds = List.copyOf(rounds);
    }

    String cadreId() {
        return proposal.subject().cadreId();
    }

    /** The proposal as it stands after every amendment. */
    Proposal finalProposal() {
        return rounds.stream().map(Round::followUp).filter(Amendment.class::isInstance).map(Amendment.class::cast)
                .map(Amendment::proposal).reduce((first, second) -> second).orElse(proposal);
    }

    boolean decidedByCadreBoard() {
        return ending instanceof Ending.Decided;
    }

    boolean decidedAbove() {
        return ending instanceof Ending.DecidedAbove;
    }

    @Override
    public String toString() {
        return "case " + number + " (" + cadreId() + ", " + proposal.kind() + ", " + story + ")";
    }
}
