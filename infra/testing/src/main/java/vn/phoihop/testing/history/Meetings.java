package vn.phoihop.testing.history;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import vn.phoihop.events.BallotTally;
import vn.phoihop.events.Meeting;
import vn.phoihop.local.demo.Ministry;
import vn.phoihop.regulation.MeetingRules;

/**
 * The meetings of the term, as they go when nothing is contested: the Standing Committee of fifteen all summoned,
 * up to three away, a dissenting ballot or two; the cadre board of six approving by a clear majority. Every
 * Standing Committee meeting is checked against the regulation before it is recorded.
 */
final class Meetings {

    static final int CADRE_BOARD_MEMBERS = 6;

    static final List<String> STANDING_COMMITTEE = IntStream.rangeClosed(1, 15)
        .mapToObj(number -> "UV-%02d".formatted(number))
        .toList();

    /** The units shared out among the members in turn: each member follows a few and reviews their cases. */
    private static final Map<String, String> FOLLOWED_BY = IntStream.range(0, Ministry.UNITS.size())
        .boxed()
        .collect(Collectors.toUnmodifiableMap(unit -> Ministry.UNITS.get(unit).code(),
                unit -> STANDING_COMMITTEE.get(unit % STANDING_COMMITTEE.size())));

    private Meetings() {
    }

    static String memberFollowing(String unitCode) {
        return FOLLOWED_BY.get(unitCode);
    }

    /** A meeting that agrees, with the member who reviewed the case present. */
    static Meeting agreeing(RandomGenerator random, LocalDate date, String reviewer, MeetingRules rules) {
        List<String> present = new ArrayList<>(STANDING_COMMITTEE);
        int away = random.nextInt(4);
        for (int i = 0; i < away; i++) {
            String absentee = present.get(random.nextInt(present.size()));
            if (!absentee.equals(reviewer)) {
                present.remove(absentee);
            }
        }
        int dissent = random.nextInt(3);
        int abstain = dissent > 0 && random.nextBoolean() ? 1 : 0;
        BallotTally tally = new BallotTally(present.size() - dissent, dissent - abstain, abstain, 0);
        int members = STANDING_COMMITTEE.size();
        if (!rules.quorate(present.size(), members) || !rules.adopted(tally.getAgree(), members, present.size())) {
            throw new IllegalStateException("the synthetic term planned a meeting the regulation does not allow: "
                    + present.size() + " of " + members + " present, " + tally);
        }
        return Meeting.newBuilder()
            .setMeetingDate(date)
            .setMembersTotal(members)
            .setSummoned(members)
            .setPresent(present.size())
            .setRecused(0)
            .setTally(tally)
            .setSummonedMemberIds(STANDING_COMMITTEE)
            .setPresentMemberIds(present)
            .setRecusals(List.of())
            .build();
    }
}
