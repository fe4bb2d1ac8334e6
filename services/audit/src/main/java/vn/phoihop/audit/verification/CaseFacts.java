package vn.phoihop.audit.verification;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.avro.specific.SpecificRecord;

import vn.phoihop.audit.history.CaseHistory;
import vn.phoihop.audit.history.HistoryEvent;
import vn.phoihop.events.ConsultationRequested;
import vn.phoihop.events.InformationSupplied;
import vn.phoihop.events.OpinionIssued;
import vn.phoihop.events.Position;
import vn.phoihop.regulation.ActionRules;
import vn.phoihop.regulation.Regulations;

/** One case's history as the checks read it: each event with its position, and the regulation it ran under. */
final class CaseFacts {

    private final String caseId;

    private final List<Recorded<SpecificRecord>> events;

    private final CaseRegulation regulation;

    private final CommitteeMembers members;

    private final Map<Class<?>, List<?>> byType = new HashMap<>();

    private final List<ConsultationRound> rounds;

    CaseFacts(CaseHistory history, Regulations regulations, CommitteeMembers members) {
        this.caseId = history.caseId();
        List<HistoryEvent> held = history.events();
        List<Recorded<SpecificRecord>> recorded = new ArrayList<>(held.size());
        Map<Class<?>, List<Recorded<?>>> byClass = new HashMap<>();
        List<ConsultationRound> opened = new ArrayList<>();
        // one pass indexes what every check asks for, so that no check streams over the events again
        for (int at = 0; at < held.size(); at++) {
            Recorded<SpecificRecord> event = new Recorded<>(held.get(at).event(), held.get(at), at);
            recorded.add(event);
            byClass.computeIfAbsent(event.event().getClass(), any -> new ArrayList<>()).add(event);
            if (event.event() instanceof ConsultationRequested) {
                opened.add(ConsultationRound.requested(event.as(ConsultationRequested.class).orElseThrow()));
            }
            else if (event.event() instanceof InformationSupplied) {
                opened.add(ConsultationRound.supplied(event.as(InformationSupplied.class).orElseThrow()));
            }
        }
        this.events = Collections.unmodifiableList(recorded);
        byClass.forEach((type, of) -> this.byType.put(type, Collections.unmodifiableList(of)));
        this.rounds = Collections.unmodifiableList(opened);
        this.regulation = CaseRegulation.of(this.events, regulations);
        this.members = members;
    }

    String caseId() {
        return this.caseId;
    }

    List<Recorded<SpecificRecord>> events() {
        return this.events;
    }

    // every check asks for events by type, many times over; a replay judges millions of cases
    @SuppressWarnings("unchecked")
    <E> List<Recorded<E>> all(Class<E> type) {
        List<?> all = this.byType.get(type);
        if (all == null) {
            all = assignableTo(type);
            this.byType.put(type, all);
        }
        return (List<Recorded<E>>) all;
    }

    // a type no event has exactly: a supertype, or one the case lacks
    private List<Recorded<?>> assignableTo(Class<?> type) {
        List<Recorded<?>> found = new ArrayList<>();
        for (Recorded<SpecificRecord> event : this.events) {
            if (type.isInstance(event.event())) {
                found.add(event);
            }
        }
        return found.isEmpty() ? List.of() : Collections.unmodifiableList(found);
    }

    /** Those of {@code type} before {@code at}: a prefix, as the events are in history order. */
    <E> List<Recorded<E>> before(Class<E> type, Recorded<?> at) {
        List<Recorded<E>> all = all(type);
        int end = 0;
        while (end < all.size() && all.get(end).before(at)) {
            end++;
        }
        return all.subList(0, end);
    }

    Optional<Recorded<SpecificRecord>> find(String eventId) {
        for (Recorded<SpecificRecord> event : this.events) {
            if (event.eventId().equals(eventId)) {
                return Optional.of(event);
            }
        }
        return Optional.empty();
    }

    CaseRegulation regulation() {
        return this.regulation;
    }

    Optional<ActionRules> rules() {
        return this.regulation.rules();
    }

    CommitteeMembers members() {
        return this.members;
    }

    /** The cadre board's last request before {@code at}: the proposal as it then stood. */
    Optional<Recorded<ConsultationRequested>> requestBefore(Recorded<?> at) {
        return last(before(ConsultationRequested.class, at));
    }

    Optional<Recorded<ConsultationRequested>> requestOf(int proposalVersion, Recorded<?> at) {
        List<Recorded<ConsultationRequested>> before = before(ConsultationRequested.class, at);
        for (int i = before.size() - 1; i >= 0; i--) {
            if (before.get(i).event().getProposalVersion() == proposalVersion) {
                return Optional.of(before.get(i));
            }
        }
        return Optional.empty();
    }

    /** The round of {@code proposalVersion} running at {@code at}: its last request or supplied information. */
    Optional<ConsultationRound> roundOf(int proposalVersion, Recorded<?> at) {
        for (int i = this.rounds.size() - 1; i >= 0; i--) {
            ConsultationRound round = this.rounds.get(i);
            if (round.opening().before(at) && round.proposalVersion() == proposalVersion) {
                return Optional.of(round);
            }
        }
        return Optional.empty();
    }

    Stream<ConsultationRound> rounds() {
        return this.rounds.stream();
    }

    /**
     * Whether the opinion carries its meeting's member lists. OpinionIssued v1 had neither the lists nor the review
     * it rests on nor its lateness; v2 always summons someone, so an empty summons list marks a v1 opinion.
     */
    static boolean carriesAttendance(OpinionIssued opinion) {
        return !opinion.getMeeting().getSummonedMemberIds().isEmpty();
    }

    /** The position whose tier decides who decides: the one the action leads to, or else the one it concerns. */
    static Optional<Position> decisivePosition(ConsultationRequested request) {
        return Optional.ofNullable(request.getTargetPosition())
            .or(() -> Optional.ofNullable(request.getCurrentPosition()));
    }

    static <E> Optional<E> first(List<E> values) {
        return values.isEmpty() ? Optional.empty() : Optional.of(values.getFirst());
    }

    static <E> Optional<E> last(List<E> values) {
        return values.isEmpty() ? Optional.empty() : Optional.of(values.getLast());
    }
}
