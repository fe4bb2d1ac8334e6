package vn.phoihop.simulation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import vn.phoihop.cadreboard.cases.domain.CaseEvent;
import vn.phoihop.cadreboard.cases.domain.CaseWithdrawn;
import vn.phoihop.cadreboard.cases.domain.ConsultationRequested;
import vn.phoihop.cadreboard.cases.domain.DecisionFinalised;
import vn.phoihop.cadreboard.cases.domain.InformationSupplied;
import vn.phoihop.cadreboard.cases.domain.SubmittedUpward;
import vn.phoihop.executiveboard.consultations.domain.ConsultationEvent;
import vn.phoihop.executiveboard.consultations.domain.ConsultationRefused;
import vn.phoihop.executiveboard.consultations.domain.OpinionIssued;
import vn.phoihop.executiveboard.consultations.domain.OpinionOutcome;
import vn.phoihop.regulation.DecidingAuthority;

/**
 * Both boards, the network between them and everything observed on the way. Commands and deliveries go through
 * here so that each is recorded: a refusal with the board's state before and after, an applied message in the
 * receiver's inbox (by event id, as the services' inbox table), a duplicate with the state around it.
 */
final class World {

    final Scenario scenario;

    final Clock clock;

    final Network network;

    final CadreBoardNode cadre;

    final ExecutiveBoardNode executive;

    final Journal journal = new Journal();

    final List<Refusal> refusals = new ArrayList<>();

    final List<Duplicate> duplicates = new ArrayList<>();

    /** Per receiving direction: the messages that took effect, in the order they did. */
    final Map<Direction, List<Message>> applied = new EnumMap<>(Direction.class);

    /** When each message took effect at its receiver. */
    final Map<UUID, Long> appliedAt = new HashMap<>();

    final Set<Reached> reached = EnumSet.noneOf(Reached.class);

    private final Map<Direction, Set<UUID>> inboxes = new EnumMap<>(Direction.class);

    long step;

    World(Scenario scenario, Clock clock, CadreBoardNode cadre, ExecutiveBoardNode executive) {
        this.scenario = scenario;
        this.clock = clock;
        this.network = new Network(scenario.delivery());
        this.cadre = cadre;
        this.executive = executive;
        for (Direction direction : Direction.values()) {
            applied.put(direction, new ArrayList<>());
            inboxes.put(direction, new HashSet<>());
        }
    }

    /** A command at the cadre board: the event it returns is published, a refusal is recorded. */
    void atCadreBoard(String what, Supplier<Optional<? extends CaseEvent>> command) {
        Object before = cadre.snapshot();
        int events = cadre.outbox().size();
        try {
            Optional<? extends CaseEvent> event = command.get();
            event.map(e -> cadre.publish(e, clock)).ifPresent(this::sent);
            journal.add(line(what) + event.map(e -> " → " + cadre.outbox().getLast()).orElse(" → accepted, no event"));
        }
        catch (RuntimeException thrown) {
            refused(what, thrown, before, cadre.snapshot(), events, cadre.outbox().size());
        }
    }

    /** A command at the executive board (the committee, the assigned member). */
    void atExecutiveBoard(String what, Supplier<? extends ConsultationEvent> command) {
        Object before = executive.snapshot();
        int events = executive.outbox().size();
        try {
            ConsultationEvent event = command.get();
            sent(executive.publish(event, clock));
            journal.add(line(what) + " → " + executive.outbox().getLast());
        }
        catch (RuntimeException thrown) {
            if (what.startsWith("committee")) {
                reached.add(Reached.MEETING_REFUSED);
            }
            refused(what, thrown, before, executive.snapshot(), events, executive.outbox().size());
        }
    }

    /** The message arrives at the other board's inbox: dropped as a duplicate, applied, or refused. */
    void deliver(Message message, String how) {
        Direction direction = message.direction();
        boolean toExecutive = direction == Direction.TO_EXECUTIVE_BOARD;
        Supplier<Object> state = toExecutive ? executive::snapshot : cadre::snapshot;
        Supplier<Integer> events = toExecutive ? () -> executive.outbox().size() : () -> cadre.outbox().size();
        Object before = state.get();
        int eventsBefore = events.get();
        String what = how + " " + message;
        if (inboxes.get(direction).contains(message.eventId())) {
            duplicates.add(new Duplicate(step, message, before, state.get(), eventsBefore, events.get()));
            reached.add(Reached.DUPLICATE_DROPPED);
            journal.add(line(what) + " → duplicate, the inbox drops it");
            return;
        }
        try {
            Optional<ConsultationEvent> reply = toExecutive ? executive.receive(message) : receiveAtCadre(message);
            inboxes.get(direction).add(message.eventId());
            applied.get(direction).add(message);
            appliedAt.put(message.eventId(), clock.tick());
            network.arrived(message, false);
            reply.map(e -> executive.publish(e, clock)).ifPresent(this::sent);
            journal.add(line(what) + " → applied" + reply.map(e -> ", replies " + executive.outbox().getLast())
                .orElse(""));
        }
        catch (RuntimeException thrown) {
            network.arrived(message, Refusals.isRefusal(thrown));
            reached.add(Reached.MESSAGE_REFUSED);
            refused(what, thrown, before, state.get(), eventsBefore, events.get());
        }
    }

    private Optional<ConsultationEvent> receiveAtCadre(Message message) {
        cadre.receive(message);
        if (message.event() instanceof OpinionIssued issued
                && issued.opinion().outcome() == OpinionOutcome.REQUEST_INFORMATION) {
            reached.add(Reached.INFORMATION_REQUESTED);
        }
        return Optional.empty();
    }

    void note(String what) {
        journal.add(line(what));
    }

    private void sent(Message message) {
        network.send(message);
        switch (message.event()) {
            case ConsultationRequested requested when requested.proposalVersion() > 1 -> reached.add(Reached.AMENDMENT);
            case InformationSupplied supplied -> reached.add(Reached.INFORMATION_SUPPLIED);
            case CaseWithdrawn withdrawn -> reached.add(Reached.WITHDRAWAL);
            case SubmittedUpward upward -> {
                reached.add(Reached.UPWARD_SUBMISSION);
                if (upward.basis().overdueEventId() != null) {
                    reached.add(Reached.DECISION_ON_DEEMED_CONSENT);
                }
            }
            case DecisionFinalised finalised -> decided(finalised);
            case OpinionIssued issued -> reached.add(Reached.OPINION_ISSUED);
            case ConsultationRefused refused -> reached.add(Reached.CONSULTATION_REFUSED);
            default -> {
                // nothing to count
            }
        }
    }

    private void decided(DecisionFinalised finalised) {
        boolean higher = finalised.decision().authority() == DecidingAuthority.HIGHER_AUTHORITY;
        reached.add(higher ? Reached.HIGHER_AUTHORITY_DECISION : Reached.CADRE_BOARD_DECISION);
        if (!higher && finalised.decision().basis().overdueEventId() != null) {
            reached.add(Reached.DECISION_ON_DEEMED_CONSENT);
        }
        if (finalised.decision().contraryToOpinion()) {
            reached.add(Reached.CONTRARY_DECISION);
        }
    }

    private void refused(String what, RuntimeException thrown, Object before, Object after, int eventsBefore,
            int eventsAfter) {
        if (!Refusals.isRefusal(thrown)) {
            throw new AssertionError("the domain failed on " + what + " on " + clock.today() + " with " + thrown
                    + "\nHistory:\n" + journal, thrown);
        }
        if (!what.startsWith("deliver") && !what.startsWith("redeliver") && !what.startsWith("drain")) {
            reached.add(Reached.COMMAND_REFUSED);
        }
        refusals.add(new Refusal(step, what, Refusals.reason(thrown), before, after, eventsBefore, eventsAfter));
        journal.add(line(what) + " → REFUSED " + Refusals.reason(thrown));
    }

    private String line(String what) {
        return "#" + step + " " + clock.today() + " " + what;
    }

}
