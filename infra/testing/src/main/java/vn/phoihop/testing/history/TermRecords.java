package vn.phoihop.testing.history;

import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

import vn.phoihop.events.Topics;

/**
 * The term as it unfolds: the cases in flight wait in time order, the earliest next step is taken by its board, and
 * a case joins when its request is due. Only the cases in flight are held, however long the term.
 */
final class TermRecords implements Iterator<TermRecord> {

    private static final Comparator<ConsultationCycle> IN_TIME_ORDER = Comparator
        .comparing(ConsultationCycle::nextAt)
        .thenComparingLong(ConsultationCycle::number);

    private final PriorityQueue<ConsultationCycle> inFlight = new PriorityQueue<>(IN_TIME_ORDER);
    private final ArrayDeque<TermRecord> published = new ArrayDeque<>();
    private final SplittableRandom cases;
    private final long caseCount;
    private final TermSetting term;
    private final BoardStream cadreBoard;
    private final BoardStream executiveBoard;
    private ConsultationCycle arriving;
    private boolean closed;

    TermRecords(SplittableRandom cases, long caseCount, TermSetting term, BoardStream cadreBoard,
            BoardStream executiveBoard) {
        this.cases = cases;
        this.caseCount = caseCount;
        this.term = term;
        this.cadreBoard = cadreBoard;
        this.executiveBoard = executiveBoard;
        this.arriving = caseCount > 0 ? new ConsultationCycle(0, cases.split(), term) : null;
    }

    @Override
    public boolean hasNext() {
        while (published.isEmpty() && !closed) {
            takeNextStep();
        }
        return !published.isEmpty();
    }

    @Override
    public TermRecord next() {
        if (!hasNext()) {
            throw new NoSuchElementException("the term has no more records");
        }
        return published.poll();
    }

    private void takeNextStep() {
        while (arriving != null && (inFlight.isEmpty() || IN_TIME_ORDER.compare(arriving, inFlight.peek()) <= 0)) {
            inFlight.add(arriving);
            long number = arriving.number() + 1;
            arriving = number < caseCount ? new ConsultationCycle(number, cases.split(), term) : null;
        }
        ConsultationCycle cycle = inFlight.poll();
        if (cycle == null) {
            cadreBoard.close(published::add);
            executiveBoard.close(published::add);
            closed = true;
            return;
        }
        BoardStream board = cycle.nextProducer().equals(Topics.CADRE_BOARD) ? cadreBoard : executiveBoard;
        board.append(cycle, published::add);
        if (!cycle.finished()) {
            inFlight.add(cycle);
        }
    }
}
