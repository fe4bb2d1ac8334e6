package vn.phoihop.local.demo;

import java.util.ArrayList;
import java.util.List;

import vn.phoihop.regulation.ActionKind;

/**
 * The 2010–2015 table of the Ministry of Planning and Investment (shared/seeds/002, section 3.1) as case slots:
 * 194 cases of department rank decided by the cadre board, 2 + 4 deputy ministers submitted upward, and the few
 * cases a real term also has that the table does not count (left unanswered, undecided, withdrawn).
 */
final class TermTable {

    static final int APPOINTMENTS = 88;
    static final int TRANSFER_AND_APPOINTMENTS = 21;
    static final int RECEPTION_AND_APPOINTMENTS = 7;
    static final int REAPPOINTMENTS = 66;
    static final int TENURE_EXTENSIONS = 12;
    static final int DEPUTY_MINISTER_APPOINTMENTS = 2;
    static final int DEPUTY_MINISTER_REAPPOINTMENTS = 4;

    /** A case to be written: its kind, its story, and whether a higher authority decides it. */
    record Slot(ActionKind kind, Story story, boolean upward) {
    }

    private final List<Slot> slots = new ArrayList<>();

    private TermTable() {
    }

    static List<Slot> slots() {
        TermTable table = new TermTable();
        table.decided(ActionKind.APPOINTMENT, APPOINTMENTS, Story.CONTRARY_DECISION, Story.AMENDED_AFTER_CONDITIONS,
                Story.AMENDED_BEFORE_OPINION, Story.INFORMATION_REQUESTED, Story.INFORMATION_REQUESTED,
                Story.CONFLICT_DECLARED);
        table.decided(ActionKind.TRANSFER_AND_APPOINTMENT, TRANSFER_AND_APPOINTMENTS,
                Story.AMENDED_AFTER_CONDITIONS, Story.INFORMATION_REQUESTED);
        table.decided(ActionKind.RECEPTION_AND_APPOINTMENT, RECEPTION_AND_APPOINTMENTS, Story.AMENDED_BEFORE_OPINION);
        table.decided(ActionKind.REAPPOINTMENT, REAPPOINTMENTS, Story.DEEMED_CONSENT, Story.DEEMED_CONSENT,
                Story.DEEMED_CONSENT, Story.AMENDED_AFTER_CONDITIONS, Story.INFORMATION_REQUESTED);
        table.decided(ActionKind.TENURE_EXTENSION, TENURE_EXTENSIONS);
        table.add(ActionKind.APPOINTMENT, Story.ROUTINE, true, DEPUTY_MINISTER_APPOINTMENTS);
        table.add(ActionKind.REAPPOINTMENT, Story.SUBJECT_RECUSED, true, 1);
        table.add(ActionKind.REAPPOINTMENT, Story.ROUTINE, true, DEPUTY_MINISTER_REAPPOINTMENTS - 1);
        table.add(ActionKind.APPOINTMENT, Story.LEFT_UNANSWERED, false, 2);
        table.add(ActionKind.APPOINTMENT, Story.UNDECIDED, false, 1);
        table.add(ActionKind.TRANSFER_AND_APPOINTMENT, Story.UNDECIDED, false, 1);
        table.add(ActionKind.APPOINTMENT, Story.WITHDRAWN_AFTER_OPINION, false, 1);
        table.add(ActionKind.TRANSFER_AND_APPOINTMENT, Story.WITHDRAWN_BEFORE_OPINION, false, 1);
        return List.copyOf(table.slots);
    }

    /** {@code count} cases decided by the cadre board: the stories named, the rest routine. */
    private void decided(ActionKind kind, int count, Story... stories) {
        for (Story story : stories) {
            add(kind, story, false, 1);
        }
        add(kind, Story.ROUTINE, false, count - stories.length);
    }

    private void add(ActionKind kind, Story story, boolean upward, int count) {
        for (int i = 0; i < count; i++) {
            slots.add(new Slot(kind, story, upward));
        }
    }
}
