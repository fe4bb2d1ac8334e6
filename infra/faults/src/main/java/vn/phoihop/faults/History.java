package vn.phoihop.faults;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import vn.phoihop.events.Topics;

/**
 * What the platform holds after a run: each board's outbox (the events it committed), its inbox (the other board's
 * events it applied) and its cases, and what is on the topics.
 */
record History(Map<String, List<Emitted>> outbox, Map<String, Set<UUID>> inbox,
        Map<String, Map<UUID, Integer>> published, Map<String, Integer> deadLetters, Map<UUID, String> caseStatus,
        Map<String, Map<UUID, String>> casesBySubject, Map<UUID, String> consultationStatus) {

    static final List<String> BOARDS = List.of(Cluster.CADRE_BOARD, Cluster.EXECUTIVE_BOARD);

    /** An event as its producer's outbox holds it. */
    record Emitted(UUID eventId, UUID caseId, String eventType) {
    }

    static String eventsTopic(String board) {
        return board.equals(Cluster.CADRE_BOARD) ? Topics.CADRE_BOARD_EVENTS : Topics.EXECUTIVE_BOARD_EVENTS;
    }

    static String deadLetterTopic(String board) {
        return "phoihop." + board + ".dead-letters";
    }

    static String otherBoard(String board) {
        return board.equals(Cluster.CADRE_BOARD) ? Cluster.EXECUTIVE_BOARD : Cluster.CADRE_BOARD;
    }

    static History read(Cluster cluster) {
        Map<String, List<Emitted>> outbox = new HashMap<>();
        Map<String, Set<UUID>> inbox = new HashMap<>();
        Map<String, Map<UUID, Integer>> published = new HashMap<>();
        Map<String, Integer> deadLetters = new HashMap<>();
        Map<UUID, String> caseStatus = new HashMap<>();
        Map<String, Map<UUID, String>> bySubject = new HashMap<>();
        Map<UUID, String> consultationStatus = new HashMap<>();
        Map<String, Object> client = cluster.kafkaAccess().harness(cluster.bootstrapServers());
        for (String board : BOARDS) {
            try (Connection connection = DriverManager.getConnection(cluster.jdbcUrl(board), cluster.databaseUser(),
                    cluster.databasePassword()); Statement sql = connection.createStatement()) {
                outbox.put(board, emitted(sql, eventsTopic(board)));
                inbox.put(board, ids(sql, "select event_id from inbox"));
                if (board.equals(Cluster.CADRE_BOARD)) {
                    cases(sql, caseStatus, bySubject);
                }
                else {
                    consultations(sql, consultationStatus);
                }
            }
            catch (SQLException ex) {
                throw new IllegalStateException("Cannot read the " + board + "'s database", ex);
            }
            published.put(board, TopicRecords.copiesById(client, eventsTopic(board)));
            deadLetters.put(board, TopicRecords.copiesById(client, deadLetterTopic(board))
                .values().stream().mapToInt(Integer::intValue).sum());
        }
        return new History(outbox, inbox, published, deadLetters, caseStatus, bySubject, consultationStatus);
    }

    private static List<Emitted> emitted(Statement sql, String topic) throws SQLException {
        List<Emitted> events = new ArrayList<>();
        try (ResultSet rows = sql.executeQuery(
                "select id, aggregate_id, event_type from outbox where topic = '" + topic + "'")) {
            while (rows.next()) {
                events.add(new Emitted(rows.getObject(1, UUID.class), UUID.fromString(rows.getString(2)),
                        rows.getString(3)));
            }
        }
        return events;
    }

    private static Set<UUID> ids(Statement sql, String query) throws SQLException {
        Set<UUID> ids = new HashSet<>();
        try (ResultSet rows = sql.executeQuery(query)) {
            while (rows.next()) {
                ids.add(rows.getObject(1, UUID.class));
            }
        }
        return ids;
    }

    private static void cases(Statement sql, Map<UUID, String> status, Map<String, Map<UUID, String>> bySubject)
            throws SQLException {
        try (ResultSet rows = sql.executeQuery(
                "select id, status, state #>> '{proposal,subject,cadreId}' from personnel_case")) {
            while (rows.next()) {
                UUID id = rows.getObject(1, UUID.class);
                status.put(id, rows.getString(2));
                bySubject.computeIfAbsent(rows.getString(3), subject -> new HashMap<>()).put(id, rows.getString(2));
            }
        }
    }

    private static void consultations(Statement sql, Map<UUID, String> status) throws SQLException {
        try (ResultSet rows = sql.executeQuery("select case_id, status from consultation")) {
            while (rows.next()) {
                status.put(rows.getObject(1, UUID.class), rows.getString(2));
            }
        }
    }

}
