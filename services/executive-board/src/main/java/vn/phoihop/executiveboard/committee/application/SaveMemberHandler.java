package vn.phoihop.executiveboard.committee.application;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.executiveboard.committee.domain.Member;

@Service
public class SaveMemberHandler {

    private final Members members;

    private final StandingCommittee committee;

    SaveMemberHandler(Members members, StandingCommittee committee) {
        this.members = members;
        this.committee = committee;
    }

    @Transactional
    public Member handle(SaveMember command) {
        Member member = committee.roster().admit(command.member());
        members.save(member);
        return member;
    }

}
