package vn.phoihop.executiveboard.committee.adapter.out.persistence;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.phoihop.executiveboard.committee.application.Members;
import vn.phoihop.executiveboard.committee.domain.Member;

@Repository
class JdbcMembers implements Members {

    private final JdbcClient jdbc;

    JdbcMembers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Member> all() {
        return jdbc.sql("""
                SELECT member_id, full_name, cadre_id, username, title, active FROM committee_member
                ORDER BY member_id""")
            .query((row, number) -> new Member(row.getString("member_id"), row.getString("full_name"),
                    row.getString("cadre_id"), row.getString("username"), row.getString("title"),
                    row.getBoolean("active")))
            .list();
    }

    @Override
    public void save(Member member) {
        jdbc.sql("""
                INSERT INTO committee_member (member_id, full_name, cadre_id, username, title, active)
                VALUES (:memberId, :fullName, :cadreId, :username, :title, :active)
                ON CONFLICT (member_id) DO UPDATE SET full_name = excluded.full_name, cadre_id = excluded.cadre_id,
                    username = excluded.username, title = excluded.title, active = excluded.active,
                    updated_at = now()""")
            .paramSource(member)
            .update();
    }

}
