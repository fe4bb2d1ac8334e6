package vn.phoihop.executiveboard.committee.application;

import java.util.List;

import vn.phoihop.executiveboard.committee.domain.Member;

/** Where the Standing Committee's members are kept. */
public interface Members {

    /** Every member, active or not, by member id. */
    List<Member> all();

    /** Adds the member or replaces the one with the same id. */
    void save(Member member);

}
