package vn.phoihop.audit.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import vn.phoihop.audit.cli.AuditCommandLine;
import vn.phoihop.audit.replay.AuditedCluster.Verification;
import vn.phoihop.events.BallotTally;
import vn.phoihop.events.Checkpoint;
import vn.phoihop.events.CheckpointStatement;
import vn.phoihop.events.DecidingAuthority;
import vn.phoihop.events.DecisionFinalised;
import vn.phoihop.events.EventCodec;
import vn.phoihop.events.Meeting;
import vn.phoihop.events.OpinionIssued;
import vn.phoihop.events.Topics;
import vn.phoihop.testing.history.SyntheticTerm;
import vn.phoihop.testing.history.TermRecord;

/**
 * Someone with write access to the topics tampers with a board's history on a real broker, or a board breaks a rule
 * of the regulation; the audit's command line names what was done and exits with 1. Untouched, the same history is
 * clean and exits with 0.
 */
class TamperingIT {

    private static final EventCodec CODEC = EventCodec.create();

    @TempDir
    static Path keyring;

    static BoardKeys keys;

    static List<TermRecord> term;

    @BeforeAll
    static void generateTerm() {
        keys = BoardKeys.generate(keyring);
        term = SyntheticTerm.builder()
            .seed(2013)
            .cases(30)
            .checkpointEvery(25)
            .cadreBoardKey(BoardKeys.CADRE_BOARD_KEY, keys.cadreBoard().getPrivate())
            .executiveBoardKey(BoardKeys.EXECUTIVE_BOARD_KEY, keys.executiveBoard().getPrivate())
            .build()
            .records()
            .toList();
    }

    @Test
    void theUntouchedHistoryIsClean() {
        Verification verification = AuditedCluster.verify(AuditedCluster.publish(term), keys);

        assertThat(verification.exitCode()).as("%s", verification).isEqualTo(AuditCommandLine.CLEAN);
        assertThat(verification.rules()).isEmpty();
    }

    @Test
    void anAlteredPayloadBreaksTheChain() {
        List<TermRecord> records = new ArrayList<>(term);
        int at = index(records, 40, DecisionFinalised.class);
        DecisionFinalised decision = (DecisionFinalised) decode(records.get(at));
        decision.setDecisionNumber("999/QĐ-BCSĐ");
        records.set(at, with(records.get(at), CODEC.encode(decision)));

        assertFound(records, "chain-link");
    }

    @Test
    void aRemovedEventBreaksTheChain() {
        List<TermRecord> records = new ArrayList<>(term);
        records.remove(index(records, 60, OpinionIssued.class));

        assertFound(records, "chain-link");
    }

    @Test
    void aRemovedTailFallsShortOfTheSignedCheckpoint() {
        List<TermRecord> records = new ArrayList<>(term);
        int last = records.size() - 1;
        while (!records.get(last).topic().equals(Topics.CADRE_BOARD_EVENTS)) {
            last--;
        }
        records.remove(last);

        assertFound(records, "checkpoint-covers");
    }

    @Test
    void eventsSwappedWithinTheirPartitionAreOutOfOrder() {
        List<TermRecord> records = new ArrayList<>(term);
        int decision = index(records, 30, DecisionFinalised.class);
        int meeting = decision - 1;
        while (!records.get(meeting).topic().equals(Topics.CADRE_BOARD_EVENTS)) {
            meeting--;
        }
        TermRecord earlier = records.get(meeting);
        records.set(meeting, records.get(decision));
        records.set(decision, earlier);

        assertFound(records, "stream-order");
    }

    @Test
    void anInsertedEventForksTheChain() {
        List<TermRecord> records = new ArrayList<>(term);
        int at = index(records, 50, DecisionFinalised.class);
        DecisionFinalised forged = (DecisionFinalised) decode(records.get(at));
        forged.getEnvelope().setEventId(UUID.randomUUID().toString());
        forged.setDecisionNumber("1/QĐ-giả");
        records.add(at + 1, with(records.get(at), CODEC.encode(forged)));

        assertFound(records, "chain-fork");
    }

    @Test
    void anEventOfTheOtherBoardOnABoardsTopicIsNotItsOwn() {
        List<TermRecord> records = new ArrayList<>(term);
        TermRecord opinion = records.get(index(records, 20, OpinionIssued.class));
        records.add(new TermRecord(Topics.CADRE_BOARD_EVENTS, opinion.key(), opinion.value(), opinion.timestamp(),
                opinion.headers()));

        assertFound(records, "producer-owns-stream");
    }

    @Test
    void aRecordRepeatingAnEventByteForByteIsCountedAsARedeliveredCopyAndNotJudgedAgain() {
        List<TermRecord> records = new ArrayList<>(term);
        TermRecord old = records.get(index(records, 10, DecisionFinalised.class));
        records.add(new TermRecord(old.topic(), old.key(), old.value(), Instant.now(), old.headers()));

        Verification verification = AuditedCluster.verify(AuditedCluster.publish(records), keys);

        assertThat(verification.exitCode()).as("%s", verification).isEqualTo(AuditCommandLine.CLEAN);
        assertThat(verification.output()).contains("\"redelivered\" : 1");
    }

    @Test
    void aCheckpointSignedWithAnotherKeyUnderTheBoardsKeyIdIsRefused() {
        List<TermRecord> records = new ArrayList<>(term);
        TermRecord checkpoint = records.stream()
            .filter(record -> record.topic().equals(Topics.CADRE_BOARD_CHECKPOINTS))
            .findFirst()
            .orElseThrow();
        Checkpoint original = (Checkpoint) decode(checkpoint);
        Checkpoint forged = CheckpointStatement.sign(UUID.randomUUID().toString(), Topics.CADRE_BOARD,
                original.getStreamPosition(), original.getLastEventHash(), original.getSignedAt(),
                BoardKeys.CADRE_BOARD_KEY, CheckpointStatement.newKeyPair().getPrivate());
        records.add(with(checkpoint, CODEC.encode(forged)));

        assertFound(records, "checkpoint-signature");
    }

    @Test
    void bytesThatAreNoEventOfTheContractAreNamed() {
        List<TermRecord> records = new ArrayList<>(term);
        records.add(new TermRecord(Topics.EXECUTIVE_BOARD_EVENTS, UUID.randomUUID().toString(),
                "{\"opinion\":\"AGREE\"}".getBytes(StandardCharsets.UTF_8), Instant.now(),
                Map.of()));

        assertFound(records, "decodable");
    }

    /**
     * A board that breaks one rule of the regulation but chains and signs its events honestly: only the rule can
     * catch it, and the audit names that rule and no tampering.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("ruleBreakingBoards")
    void aBoardThatBreaksARuleButSignsHonestlyIsNamedWithTheRule(String rule, UnaryOperator<SpecificRecord> breach) {
        Verification verification = AuditedCluster.verify(AuditedCluster.publish(Rechaining.rewrite(term, keys,
                breach)), keys);

        assertThat(verification.exitCode()).as("%s", verification).isEqualTo(AuditCommandLine.VIOLATIONS);
        assertThat(verification.rules()).as("%s", verification).contains(rule)
            .doesNotContain("chain-link", "chain-fork", "stream-order", "checkpoint-covers",
                    "checkpoint-signature", "producer-owns-stream", "decodable");
    }

    static Stream<Arguments> ruleBreakingBoards() {
        String caseId = ((OpinionIssued) decode(term.get(index(term, 80, OpinionIssued.class)))).getCaseId();
        return Stream.of(
                breach("consultation-before-decision", caseId,
                        event -> event instanceof OpinionIssued ? null : event),
                breach("quorum", caseId, event -> {
                    if (event instanceof OpinionIssued opinion) {
                        Meeting meeting = opinion.getMeeting();
                        meeting.setPresent(meeting.getSummoned() / 2);
                        meeting.setPresentMemberIds(new ArrayList<>(meeting.getPresentMemberIds()
                            .subList(0, meeting.getSummoned() / 2)));
                    }
                    return event;
                }),
                breach("adoption", caseId, event -> {
                    if (event instanceof OpinionIssued opinion) {
                        BallotTally tally = opinion.getMeeting().getTally();
                        tally.setAbstain(tally.getAbstain() + tally.getAgree() - 2);
                        tally.setAgree(2);
                    }
                    return event;
                }),
                breach("deadline", caseId, event -> {
                    if (event instanceof OpinionIssued opinion) {
                        opinion.setLate(true);
                    }
                    return event;
                }),
                breach("contrary-justified", caseId, event -> {
                    if (event instanceof DecisionFinalised decision) {
                        decision.setContraryToOpinion(true);
                    }
                    return event;
                }),
                breach("deciding-authority", caseId, event -> {
                    if (event instanceof DecisionFinalised decision) {
                        decision.setAuthority(DecidingAuthority.HIGHER_AUTHORITY);
                    }
                    return event;
                }),
                breach("case-sequence", caseId, event -> {
                    if (event instanceof DecisionFinalised decision) {
                        decision.getEnvelope().setSequence(decision.getEnvelope().getSequence() + 1);
                    }
                    return event;
                }));
    }

    /** The breach applied to the events of one case only. */
    private static Arguments breach(String rule, String caseId, UnaryOperator<SpecificRecord> edit) {
        UnaryOperator<SpecificRecord> onThatCase = event -> EventCodec.envelopeOf(event).getCaseId().equals(caseId)
                ? edit.apply(event) : event;
        return Arguments.of(rule, onThatCase);
    }

    @Test
    void anAuditThatCannotReadTheClusterOrTheKeysSaysSoWithExitCodeTwo() {
        assertThat(AuditedCluster.run("verify", "--bootstrap-servers", "127.0.0.1:1", "--keys",
                keys.keyring().toString(), "--patience", "3s").exitCode()).isEqualTo(AuditCommandLine.COULD_NOT_RUN);
        assertThat(AuditedCluster.run("verify", "--bootstrap-servers", AuditedCluster.bootstrapServers(), "--keys",
                keyring.resolve("missing").toString()).exitCode()).isEqualTo(AuditCommandLine.COULD_NOT_RUN);
        assertThat(AuditedCluster.run("verify", "--no-such-option", "x").exitCode())
            .isEqualTo(AuditCommandLine.COULD_NOT_RUN);
    }

    private static void assertFound(List<TermRecord> records, String rule) {
        Verification verification = AuditedCluster.verify(AuditedCluster.publish(records), keys);

        assertThat(verification.exitCode()).as("%s", verification).isEqualTo(AuditCommandLine.VIOLATIONS);
        assertThat(verification.rules()).as("%s", verification).contains(rule);
    }

    /** The position of the first event of {@code type} at or after {@code from}. */
    private static int index(List<TermRecord> records, int from, Class<? extends SpecificRecord> type) {
        Predicate<TermRecord> isType = record -> record.isEvent() && type.isInstance(decode(record));
        for (int i = from; i < records.size(); i++) {
            if (isType.test(records.get(i))) {
                return i;
            }
        }
        throw new IllegalStateException("no " + type.getSimpleName() + " after " + from);
    }

    private static SpecificRecord decode(TermRecord record) {
        return CODEC.decode(record.value());
    }

    private static TermRecord with(TermRecord record, byte[] value) {
        return new TermRecord(record.topic(), record.key(), value, record.timestamp(), record.headers());
    }
}
