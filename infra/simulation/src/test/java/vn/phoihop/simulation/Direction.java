package vn.phoihop.simulation;

/** Which way a message travels: each board publishes on its own topic, which the other board consumes. */
enum Direction {

    TO_EXECUTIVE_BOARD("cadre→executive"), TO_CADRE_BOARD("executive→cadre");

    private final String arrow;

    Direction(String arrow) {
        this.arrow = arrow;
    }

    @Override
    public String toString() {
        return arrow;
    }

}
