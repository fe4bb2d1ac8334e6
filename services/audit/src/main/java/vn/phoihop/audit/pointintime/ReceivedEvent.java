package vn.phoihop.audit.pointintime;

/**
 * An event of the other board that a board could read by the instant of the view.
 *
 * @param acknowledgedBy the id of the board's own event, occurred by then, that answers or names it; null when none
 *        does yet, which does not prove the board had not read it
 */
public record ReceivedEvent(EventSummary event, String acknowledgedBy) {

    public boolean acknowledged() {
        return this.acknowledgedBy != null;
    }
}
