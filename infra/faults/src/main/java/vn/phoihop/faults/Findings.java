package vn.phoihop.faults;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import vn.phoihop.faults.CaseTrail.Acceptance;
import vn.phoihop.faults.History.Emitted;

/**
 * The run judged against what its clients were told.
 * <ul>
 * <li><b>lost</b>: an accepted command without its event, an event committed but never published, or published but
 * never applied by the other board;</li>
 * <li><b>duplicated</b>: an effect recorded twice (a case with two events of one kind; in this workload every kind
 * happens once per case), or one opening that became two cases, live or a draft its client never heard of;</li>
 * <li><b>stuck</b>: a case its client could not finish, or that did not end decided at the cadre board and closed at
 * the executive board.</li>
 * </ul>
 * Kafka holding a record twice is not a duplicate: the relay is at-least-once and the inbox absorbs the copy; it is
 * counted as redelivered.
 */
record Findings(long cases, long completed, long commandsAccepted, long acceptedWithoutAnswer, long events,
        long records, long lost, long duplicated, long stuck, long redelivered, long deadLetters, long orphanDrafts,
        long serverErrors, List<String> examples) {

    private static final int EXAMPLES = 20;

    boolean intact() {
        return this.lost == 0 && this.duplicated == 0 && this.stuck == 0;
    }

    static Findings of(History history, List<CaseTrail> trails) {
        List<String> examples = new ArrayList<>();
        long lost = 0;
        long events = 0;
        long records = 0;
        long redelivered = 0;
        Map<String, Map<UUID, Map<String, Long>>> kindsByCase = new HashMap<>();
        for (String board : History.BOARDS) {
            List<Emitted> emitted = history.outbox().get(board);
            Map<UUID, Integer> published = history.published().get(board);
            Set<UUID> applied = history.inbox().get(History.otherBoard(board));
            events += emitted.size();
            records += published.values().stream().mapToInt(Integer::intValue).sum();
            redelivered += published.values().stream().mapToInt(copies -> copies - 1).sum();
            for (Emitted event : emitted) {
                if (!published.containsKey(event.eventId())) {
                    lost++;
                    note(examples, "%s %s of case %s committed, never published", board, event.eventType(), event.caseId());
                }
            }
            Set<UUID> unapplied = new HashSet<>(published.keySet());
            unapplied.removeAll(applied);
            lost += unapplied.size();
            unapplied.forEach(id -> note(examples, "%s event %s published, not applied by the %s", board, id,
                    History.otherBoard(board)));
            kindsByCase.put(board, emitted.stream().collect(Collectors.groupingBy(Emitted::caseId,
                    Collectors.groupingBy(Emitted::eventType, Collectors.counting()))));
        }
        long duplicated = 0;
        for (String board : History.BOARDS) {
            for (var perCase : kindsByCase.get(board).entrySet()) {
                for (var kind : perCase.getValue().entrySet()) {
                    if (kind.getValue() > 1) {
                        duplicated += kind.getValue() - 1;
                        note(examples, "%s recorded %s %d times for case %s", board, kind.getKey(), kind.getValue(),
                                perCase.getKey());
                    }
                }
            }
        }
        long stuck = 0;
        long accepted = 0;
        long withoutAnswer = 0;
        long orphanDrafts = 0;
        long serverErrors = 0;
        for (CaseTrail trail : trails) {
            serverErrors += trail.serverErrors();
            Map<UUID, String> ofSubject = history.casesBySubject().getOrDefault(trail.cadreId(), Map.of());
            long live = ofSubject.values().stream().filter(status -> !status.equals("DRAFT")).count();
            if (live > 1) {
                duplicated += live - 1;
                note(examples, "subject %s has %d submitted cases", trail.cadreId(), live);
            }
            // the opening carries an idempotency key: a lost answer must not leave a second, forgotten case
            long orphans = ofSubject.entrySet()
                .stream()
                .filter(row -> row.getValue().equals("DRAFT") && !row.getKey().toString().equals(trail.caseId()))
                .count();
            if (orphans > 0) {
                orphanDrafts += orphans;
                duplicated += orphans;
                note(examples, "subject %s has %d drafts its client never heard of", trail.cadreId(), orphans);
            }
            Map<Step, Acceptance> steps = trail.acceptedSteps();
            accepted += steps.size();
            withoutAnswer += steps.values().stream().filter(how -> how == Acceptance.REPLAYED).count();
            if (trail.caseId() == null) {
                stuck++;
                note(examples, "case %d never opened: %s", trail.number(), trail.stuckAt());
                continue;
            }
            UUID caseId = UUID.fromString(trail.caseId());
            for (Step step : steps.keySet()) {
                if (step.producer() != null
                        && kindsByCase.get(step.producer()).getOrDefault(caseId, Map.of()).get(step.eventType()) == null) {
                    lost++;
                    note(examples, "case %s: %s accepted, no %s", caseId, step, step.eventType());
                }
            }
            if (steps.containsKey(Step.SUBMIT) && kindsByCase.get(Cluster.EXECUTIVE_BOARD)
                .getOrDefault(caseId, Map.of()).get("ConsultationReceived") == null) {
                lost++;
                note(examples, "case %s submitted, its consultation never received", caseId);
            }
            String decided = history.caseStatus().get(caseId);
            String closed = history.consultationStatus().get(caseId);
            if (!trail.isCompleted() || !"DECIDED".equals(decided) || !"CLOSED".equals(closed)) {
                stuck++;
                note(examples, "case %s ended %s / %s%s", caseId, decided, closed,
                        trail.isCompleted() ? "" : ", its client stuck: " + trail.stuckAt());
            }
        }
        long completed = trails.stream().filter(CaseTrail::isCompleted).count();
        int deadLetters = history.deadLetters().values().stream().mapToInt(Integer::intValue).sum();
        return new Findings(trails.size(), completed, accepted, withoutAnswer, events, records, lost, duplicated, stuck,
                redelivered, deadLetters, orphanDrafts, serverErrors, List.copyOf(examples));
    }

    private static void note(List<String> examples, String format, Object... arguments) {
        if (examples.size() < EXAMPLES) {
            examples.add(format.formatted(arguments));
        }
    }

}
