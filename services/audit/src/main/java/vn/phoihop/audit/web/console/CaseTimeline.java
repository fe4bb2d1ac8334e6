package vn.phoihop.audit.web.console;

import java.util.List;

import vn.phoihop.audit.history.CaseHistory;
import vn.phoihop.events.Topics;

/** A case's events in two columns, one per board, each in the order the board produced them. */
public record CaseTimeline(List<TimelineEntry> cadreBoard, List<TimelineEntry> executiveBoard) {

    static CaseTimeline of(CaseHistory history) {
        return new CaseTimeline(column(history, Topics.CADRE_BOARD), column(history, Topics.EXECUTIVE_BOARD));
    }

    public boolean isEmpty() {
        return this.cadreBoard.isEmpty() && this.executiveBoard.isEmpty();
    }

    private static List<TimelineEntry> column(CaseHistory history, String producer) {
        return history.producedBy(producer).stream().map(TimelineEntry::of).toList();
    }
}
