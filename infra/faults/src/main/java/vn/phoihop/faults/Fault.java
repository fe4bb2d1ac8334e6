package vn.phoihop.faults;

import java.util.ArrayList;
import java.util.List;

/** One thing broken on purpose, at a board ({@code null} for the shared servers and the audit). */
record Fault(Kind kind, String service) {

    enum Kind {
        /** the relay's leader frozen (SIGSTOP) while commits go on through the other replica, then SIGKILLed */
        KILL_LEADER_BEFORE_PUBLICATION("SIGKILL, relay leader, commits unpublished"),
        KILL_LEADER("SIGKILL, relay leader"),
        KILL_STANDBY("SIGKILL, replica not relaying"),
        KILL_AUDIT("SIGKILL, audit"),
        RESTART_BROKER("Kafka broker restart"),
        RESTART_POSTGRES("PostgreSQL restart"),
        /** a replica stalled (SIGSTOP) past its consumer session, so its partitions move and it comes back stale */
        SLOW_CONSUMER("consumer stalled past its session");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        String label() {
            return this.label;
        }
    }

    /**
     * The rotation the suite works through, as long as asked: the first six are the reduced run's, one of each kind
     * that matters most; the rest turns the same kinds on the other board and adds the audit.
     */
    static List<Fault> plan(int count) {
        List<Fault> rotation = List.of(new Fault(Kind.KILL_LEADER_BEFORE_PUBLICATION, Cluster.CADRE_BOARD),
                new Fault(Kind.RESTART_BROKER, null), new Fault(Kind.KILL_STANDBY, Cluster.EXECUTIVE_BOARD),
                new Fault(Kind.RESTART_POSTGRES, null), new Fault(Kind.SLOW_CONSUMER, Cluster.CADRE_BOARD),
                new Fault(Kind.KILL_LEADER, Cluster.EXECUTIVE_BOARD),
                new Fault(Kind.KILL_LEADER_BEFORE_PUBLICATION, Cluster.EXECUTIVE_BOARD),
                new Fault(Kind.KILL_AUDIT, null), new Fault(Kind.KILL_STANDBY, Cluster.CADRE_BOARD),
                new Fault(Kind.SLOW_CONSUMER, Cluster.EXECUTIVE_BOARD), new Fault(Kind.KILL_LEADER, Cluster.CADRE_BOARD));
        List<Fault> plan = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            plan.add(rotation.get(i % rotation.size()));
        }
        return plan;
    }

    @Override
    public String toString() {
        return this.kind.label() + (this.service == null ? "" : " (" + this.service + ")");
    }

}
