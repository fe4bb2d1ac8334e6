package vn.phoihop.events;

/** Kafka topics of the contract and the names of the boards that produce them; each board writes only its own topic. */
public final class Topics {

    public static final String CADRE_BOARD_EVENTS = "phoihop.cadre-board.events";

    public static final String EXECUTIVE_BOARD_EVENTS = "phoihop.executive-board.events";

    public static final String CADRE_BOARD = "cadre-board";

    public static final String EXECUTIVE_BOARD = "executive-board";

    public static final String CADRE_BOARD_CHECKPOINTS = checkpointsOf(CADRE_BOARD);

    public static final String EXECUTIVE_BOARD_CHECKPOINTS = checkpointsOf(EXECUTIVE_BOARD);

    /** Where {@code producer} publishes its signed {@link Checkpoint}s, keyed by producer. */
    public static String checkpointsOf(String producer) {
        return "phoihop." + producer + ".checkpoints";
    }

    private Topics() {
    }
}
