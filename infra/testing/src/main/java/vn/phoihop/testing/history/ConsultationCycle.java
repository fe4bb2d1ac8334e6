package vn.phoihop.testing.history;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.random.RandomGenerator;

import org.apache.avro.specific.SpecificRecord;

import vn.phoihop.events.Envelope;
import vn.phoihop.events.Topics;
import vn.phoihop.local.demo.Texts;
import vn.phoihop.regulation.ActionRules;
import vn.phoihop.regulation.Regulation;

/**
 * One case's complete consultation, step by step as the two boards take them: the request, its receipt and the
 * member's review, the Standing Committee's opinion in time, the cadre board's meeting and its decision on that
 * opinion. Each step happens later than the one before, on the dates the regulation's calendar allows; the fields
 * are filled as the boards' adapters fill them ({@link CadreBoardEvents}, {@link ExecutiveBoardEvents}).
 */
final class ConsultationCycle {

    enum Step {
        REQUESTED(Topics.CADRE_BOARD), RECEIVED(Topics.EXECUTIVE_BOARD), REVIEWED(Topics.EXECUTIVE_BOARD),
        OPINION_ISSUED(Topics.EXECUTIVE_BOARD), MEETING_RECORDED(Topics.CADRE_BOARD), DECIDED(Topics.CADRE_BOARD);

        final String producer;

        Step(String producer) {
            this.producer = producer;
        }
    }

    static final int PROPOSAL_VERSION = 1;

    private final long number;
    private final RandomGenerator random;
    private final TermSetting term;
    private final String caseId;
    private final Proposal proposal;
    private final ActionRules rules;
    private final LocalDate requestDate;
    private final LocalDate dueDate;
    private final int reviewDay;
    private final int opinionDay;
    private final String reviewer;
    private Step next = Step.REQUESTED;
    private Instant nextAt;
    private long cadreSequence;
    private long executiveSequence;
    private String requestEventId;
    private String reviewEventId;
    private String opinionEventId;
    private String meetingEventId;

    ConsultationCycle(long number, RandomGenerator random, TermSetting term) {
        this.number = number;
        this.random = random;
        this.term = term;
        this.caseId = uuid(random);
        this.nextAt = term.calendar().arrival(number, random.nextDouble());
        this.requestDate = TermCalendar.dateOf(nextAt);
        this.proposal = term.proposals().draw(random, number, requestDate);
        this.rules = regulation().rulesFor(vn.phoihop.regulation.ActionKind.valueOf(proposal.kind().name()));
        this.dueDate = regulation().responseDueDate(rules.kind(), requestDate);
        int workingDays = rules.consultation().responseWorkingDays();
        // the review in the first third of the time allowed, the opinion after it and no later than the due date
        this.reviewDay = 1 + random.nextInt(Math.max(1, workingDays / 3));
        this.opinionDay = reviewDay + 1 + random.nextInt(workingDays - reviewDay);
        this.reviewer = Meetings.memberFollowing(proposal.decisivePosition().getUnitCode());
    }

    long number() {
        return number;
    }

    String caseId() {
        return caseId;
    }

    boolean finished() {
        return next == null;
    }

    Instant nextAt() {
        return nextAt;
    }

    String nextProducer() {
        return next.producer;
    }

    /** The event of the next step, taken at {@code at} and chained to {@code previousHash} of its producer. */
    SpecificRecord take(Instant at, String previousHash) {
        Envelope envelope = envelope(at, previousHash);
        LocalDate today = TermCalendar.dateOf(at);
        return switch (next) {
            case REQUESTED -> {
                requestEventId = envelope.getEventId();
                schedule(Step.RECEIVED, at.plusMillis(1_000 + random.nextInt(4_000)));
                yield CadreBoardEvents.requested(envelope, proposal, regulation().id(), rules.consultation(),
                        requestDate, dueDate);
            }
            case RECEIVED -> {
                schedule(Step.REVIEWED, workingDaysAfterRequest(reviewDay));
                yield ExecutiveBoardEvents.received(envelope, reviewer,
                        proposal.decisivePosition().getUnitCode(), dueDate, requestEventId);
            }
            case REVIEWED -> {
                reviewEventId = envelope.getEventId();
                schedule(Step.OPINION_ISSUED, workingDaysAfterRequest(opinionDay));
                yield ExecutiveBoardEvents.agreeingReview(envelope, reviewer, Texts.agreeingNote(random), today);
            }
            case OPINION_ISSUED -> {
                opinionEventId = envelope.getEventId();
                LocalDate meetingDay = term.calendar().plusWorkingDays(today, 1 + random.nextInt(5));
                schedule(Step.MEETING_RECORDED, term.calendar().during(meetingDay, random));
                yield ExecutiveBoardEvents.agreement(envelope,
                        Meetings.agreeing(random, today, reviewer, rules.meeting()), at, reviewEventId, dueDate);
            }
            case MEETING_RECORDED -> {
                meetingEventId = envelope.getEventId();
                schedule(Step.DECIDED, at.plus(Duration.ofMinutes(20 + random.nextInt(100))));
                int present = Meetings.CADRE_BOARD_MEMBERS - (random.nextInt(100) < 30 ? 1 : 0);
                int against = random.nextInt(100) < 15 ? 1 : 0;
                yield CadreBoardEvents.meetingRecorded(envelope, today, present, against);
            }
            case DECIDED -> {
                schedule(null, null);
                yield CadreBoardEvents.approved(envelope, term.decisionNumbers().next(today),
                        proposal.proposedEffectiveDate(), opinionEventId, meetingEventId, at);
            }
        };
    }

    private Envelope envelope(Instant at, String previousHash) {
        boolean cadre = next.producer.equals(Topics.CADRE_BOARD);
        return Envelope.newBuilder()
            .setEventId(uuid(random))
            .setCaseId(caseId)
            .setSequence(cadre ? ++cadreSequence : ++executiveSequence)
            .setOccurredAt(at)
            .setProducer(next.producer)
            .setRegulationVersion(regulation().version())
            .setPreviousEventHash(previousHash)
            .setTraceparent(null)
            .build();
    }

    private Instant workingDaysAfterRequest(int workingDays) {
        return term.calendar().during(term.calendar().plusWorkingDays(requestDate, workingDays), random);
    }

    private void schedule(Step step, Instant at) {
        next = step;
        nextAt = at;
    }

    private Regulation regulation() {
        return term.regulation();
    }

    /** A version 4 UUID from the seeded source, so that the same seed gives the same ids. */
    static String uuid(RandomGenerator random) {
        long high = random.nextLong() & ~0xF000L | 0x4000L;
        long low = random.nextLong() & 0x3FFFFFFFFFFFFFFFL | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }
}
