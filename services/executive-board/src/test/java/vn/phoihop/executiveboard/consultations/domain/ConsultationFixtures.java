package vn.phoihop.executiveboard.consultations.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

import vn.phoihop.executiveboard.committee.domain.Roster;
import vn.phoihop.executiveboard.committee.domain.RosterFixtures;
import vn.phoihop.regulation.ActionKind;
import vn.phoihop.regulation.RegulationKey;
import vn.phoihop.regulation.Regulations;
import vn.phoihop.regulation.file.RegulationLibrary;

/**
 * An appointment of cadre CB-0001 as head of VU-TCCB (followed by UV-03) under the shipped regulation, due on
 * 4 December 2026, and meetings of the seven-member Standing Committee of {@link RosterFixtures}.
 */
public final class ConsultationFixtures {

    public static final UUID CASE_ID = UUID.fromString("6f1c1b8e-2a7e-4a5b-9a59-3c1f8a0c0001");

    public static final Regulations REGULATIONS = RegulationLibrary.defaults("executive-board");

    public static final RegulationKey REGULATION = new RegulationKey("296-QC/BCSĐ-ĐUBKH", "2013.1");

    public static final LocalDate DUE = LocalDate.of(2026, 12, 4);

    public static final LocalDate MEETING_DAY = LocalDate.of(2026, 11, 26);

    public static final Instant NOW = Instant.parse("2026-11-27T03:00:00Z");

    public static final Roster ROSTER = RosterFixtures.roster();

    private ConsultationFixtures() {
    }

    public static RequestBuilder request() {
        return new RequestBuilder();
    }

    public static Position head(String unitCode) {
        return new Position("Vụ trưởng", unitCode, "Vụ " + unitCode, "DEPARTMENT_HEAD");
    }

    /** A consultation received on version 1 and routed to UV-03. */
    public static Consultation pending() {
        return Consultation.open(request().build(), REGULATIONS, ROSTER).consultation();
    }

    /** {@link #pending()} with UV-03's review recorded and published. */
    public static Consultation reviewed() {
        Consultation consultation = pending();
        consultation.recordReview(Optional.of("UV-03"), OpinionOutcome.AGREE, "Đủ tiêu chuẩn", MEETING_DAY);
        consultation.reviewPublishedAs(UUID.fromString("0b8a3f1e-0000-4000-8000-000000000001"));
        return consultation;
    }

    /** The first {@code count} members, UV-01 onwards. */
    public static List<String> members(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(n -> String.format("UV-%02d", n)).toList();
    }

    /** All seven summoned, the first {@code present} came, nobody recused. */
    public static MeetingMinutes meeting(int present, BallotTally tally) {
        return new MeetingMinutes(MEETING_DAY, members(7), members(present), List.of(), tally);
    }

    public static OpinionDraft opinion(OpinionOutcome outcome, MeetingMinutes minutes) {
        return new OpinionDraft(null, outcome, null, List.of(), minutes);
    }

    /** Six of seven present, five agree: valid under the shipped regulation. */
    public static OpinionDraft agreed() {
        return opinion(OpinionOutcome.AGREE, meeting(6, new BallotTally(5, 1, 0, 0)));
    }

    public static final class RequestBuilder {

        private int version = 1;
        private ActionKind kind = ActionKind.APPOINTMENT;
        private String subjectCadreId = "CB-0001";
        private Position current;
        private Position target = head(RosterFixtures.TCCB);
        private RegulationKey regulation = REGULATION;
        private LocalDate due = DUE;
        private List<DossierDocument> dossier = List.of();

        public RequestBuilder version(int value) {
            version = value;
            return this;
        }

        public RequestBuilder kind(ActionKind value) {
            kind = value;
            return this;
        }

        public RequestBuilder subject(String cadreId) {
            subjectCadreId = cadreId;
            return this;
        }

        public RequestBuilder positions(Position currentPosition, Position targetPosition) {
            current = currentPosition;
            target = targetPosition;
            return this;
        }

        public RequestBuilder regulation(RegulationKey value) {
            regulation = value;
            return this;
        }

        public RequestBuilder due(LocalDate value) {
            due = value;
            return this;
        }

        public RequestBuilder dossier(DossierDocument... documents) {
            dossier = List.of(documents);
            return this;
        }

        public RequestedConsultation build() {
            Proposal proposal = new Proposal(kind, new Cadre(subjectCadreId, "Nguyễn Văn An"), current, target,
                    LocalDate.of(2027, 1, 1), 5, null, "Kiện toàn lãnh đạo Vụ", dossier, version > 1 ? "Bổ sung" : null);
            return new RequestedConsultation(CASE_ID, UUID.randomUUID(), version, proposal, regulation,
                    LocalDate.of(2026, 11, 20), due);
        }

    }

}
