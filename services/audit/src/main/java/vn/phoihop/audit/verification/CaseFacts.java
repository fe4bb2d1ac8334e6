package vn.phoihop.audit.verification;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
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

    CaseFacts(CaseHistory history, Regulations regulations, CommitteeMembers members) {
        this.caseId = history.caseId();
        List<HistoryEvent> held = history.events();
        this.events = IntStream.range(0, held.size())
            .mapToObj(at -> new Recorded<>(held.get(at).event(), held.get(at), at))
            .toList();
        this.regulation = CaseRegulation.of(this.events, regulations);
        this.members = members;
    }

    String caseId() {
        return this.caseId;
    }

    List<Recorded<SpecificRecord>> events() {
        return this.events;
    }

    <E> List<Recorded<E>> all(Class<E> type) {
        return this.events.stream().flatMap(event -> event.as(type).stream()).toList();
    }

    <E> List<Recorded<E>> before(Class<E> type, Recorded<?> at) {
        return all(type).stream().filter(event -> event.before(at)).toList();
    }

    Optional<Recorded<SpecificRecord>> find(String eventId) {
        return this.events.stream().filter(event -> event.eventId().equals(eventId)).findFirst();
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
        return last(before(ConsultationRequested.class, at).stream()
            .filter(request -> request.event().getProposalVersion() == proposalVersion)
            .toList());
    }

    /** The round of {@code proposalVersion} running at {@code at}: its last request or supplied information. */
    Optional<ConsultationRound> roundOf(int proposalVersion, Recorded<?> at) {
        return last(rounds().filter(round -> round.opening().before(at))
            .filter(round -> round.proposalVersion() == proposalVersion)
            .toList());
    }

    Stream<ConsultationRound> rounds() {
        return this.events.stream()
            .flatMap(event -> Stream.concat(
                    event.as(ConsultationRequested.class).map(ConsultationRound::requested).stream(),
                    event.as(InformationSupplied.class).map(ConsultationRound::supplied).stream()));
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

    static <E> Optional<E> last(List<E> values) {
        return values.isEmpty() ? Optional.empty() : Optional.of(values.getLast());
    }
}
