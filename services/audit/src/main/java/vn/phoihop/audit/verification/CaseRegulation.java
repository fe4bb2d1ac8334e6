package vn.phoihop.audit.verification;

import java.util.List;
import java.util.Optional;

import org.apache.avro.specific.SpecificRecord;

import vn.phoihop.events.ConsultationRequested;
import vn.phoihop.events.Topics;
import vn.phoihop.regulation.ActionKind;
import vn.phoihop.regulation.ActionRules;
import vn.phoihop.regulation.Regulation;
import vn.phoihop.regulation.RegulationKey;
import vn.phoihop.regulation.Regulations;

/**
 * The regulation a case ran under, as its events name it (the id in the request, the version in every envelope),
 * and the rules the audit knows for it. A case is opened under a version by the cadre board and keeps it, so the
 * cadre board's first event names it; a case that was never sent for consultation names no id, and is matched by
 * its version alone when only one known regulation has it.
 */
final class CaseRegulation {

    private final String id;

    private final String version;

    // held as Optionals, and the rules looked up once: every check of every case asks for them
    private final Optional<Regulation> known;

    private final Optional<ActionKind> kind;

    private final Optional<ActionRules> rules;

    private CaseRegulation(String id, String version, Regulation known, ActionKind kind) {
        this.id = id;
        this.version = version;
        this.known = Optional.ofNullable(known);
        this.kind = Optional.ofNullable(kind);
        this.rules = this.known.flatMap(regulation -> this.kind.map(regulation::rulesFor));
    }

    static CaseRegulation of(List<Recorded<SpecificRecord>> events, Regulations regulations) {
        Recorded<SpecificRecord> opening = events.isEmpty() ? null : events.getFirst();
        ConsultationRequested request = null;
        boolean byCadreBoard = false;
        for (Recorded<SpecificRecord> event : events) {
            if (!byCadreBoard && Topics.CADRE_BOARD.equals(event.record().producer())) {
                opening = event;
                byCadreBoard = true;
            }
            if (request == null && event.event() instanceof ConsultationRequested requested) {
                request = requested;
            }
        }
        String version = (opening == null) ? null : opening.record().envelope().getRegulationVersion();
        String id = (request == null) ? null : request.getRegulationId();
        return new CaseRegulation(id, version, find(regulations, id, version).orElse(null),
                (request == null) ? null : kindOf(request).orElse(null));
    }

    private static Optional<Regulation> find(Regulations regulations, String id, String version) {
        if (version == null || version.isBlank()) {
            return Optional.empty();
        }
        if (id != null) {
            return id.isBlank() ? Optional.empty() : regulations.find(new RegulationKey(id, version));
        }
        List<RegulationKey> sameVersion = regulations.known()
            .stream()
            .filter(key -> key.version().equals(version))
            .toList();
        return sameVersion.size() == 1 ? regulations.find(sameVersion.getFirst()) : Optional.empty();
    }

    /** A kind the regulation model does not have (the schema's UNKNOWN, or a newer symbol) has no rules here. */
    static Optional<ActionKind> kindOf(ConsultationRequested request) {
        try {
            return Optional.of(ActionKind.valueOf(request.getActionKind().name()));
        }
        catch (IllegalArgumentException notInRegulation) {
            return Optional.empty();
        }
    }

    /** The id as the case's first request names it; null when no request was published. */
    String id() {
        return this.id;
    }

    /** The version the cadre board opened the case under; null for a case without events. */
    String version() {
        return this.version;
    }

    Optional<Regulation> known() {
        return this.known;
    }

    Optional<ActionKind> kind() {
        return this.kind;
    }

    /** What the regulation says about the case's action kind; empty when the audit cannot read it. */
    Optional<ActionRules> rules() {
        return this.rules;
    }

    @Override
    public String toString() {
        return (this.id == null ? "(no regulation id)" : this.id) + " version " + this.version;
    }
}
