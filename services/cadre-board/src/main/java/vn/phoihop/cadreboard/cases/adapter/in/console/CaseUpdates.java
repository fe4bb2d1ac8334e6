package vn.phoihop.cadreboard.cases.adapter.in.console;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import vn.phoihop.cadreboard.cases.application.CaseChanged;
import vn.phoihop.cadreboard.cases.domain.CaseId;

/**
 * The case pages open in browsers, each an event stream, told {@code case-changed} once a change to their case has
 * committed (an answer of the executive board above all), so they fetch the case's history again. A page leaves
 * when its stream completes, times out or fails; the browser reconnects on its own. Bounded, since each page holds
 * a connection.
 */
@Component
public class CaseUpdates {

    static final String EVENT = "case-changed";

    private static final long TIMEOUT = Duration.ofMinutes(15).toMillis();

    private final int mostPages;

    private final Map<CaseId, Set<SseEmitter>> pages = new ConcurrentHashMap<>();

    public CaseUpdates() {
        this(1000);
    }

    CaseUpdates(int mostPages) {
        this.mostPages = mostPages;
    }

    SseEmitter open(CaseId caseId) {
        if (openPages() >= mostPages) {
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "too many open case pages");
        }
        SseEmitter page = new SseEmitter(TIMEOUT);
        pages.computeIfAbsent(caseId, id -> ConcurrentHashMap.newKeySet()).add(page);
        page.onCompletion(() -> leave(caseId, page));
        page.onTimeout(() -> leave(caseId, page));
        page.onError(failure -> leave(caseId, page));
        return page;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void changed(CaseChanged change) {
        tell(change.caseId());
    }

    void tell(CaseId caseId) {
        for (SseEmitter page : pages.getOrDefault(caseId, Set.of())) {
            try {
                page.send(SseEmitter.event().name(EVENT).data(caseId.toString()));
            }
            catch (IOException | IllegalStateException gone) {
                leave(caseId, page);
            }
        }
    }

    int openPages() {
        return pages.values().stream().mapToInt(Set::size).sum();
    }

    int openPages(CaseId caseId) {
        return pages.getOrDefault(caseId, Set.of()).size();
    }

    private void leave(CaseId caseId, SseEmitter page) {
        pages.computeIfPresent(caseId, (id, open) -> {
            open.remove(page);
            return open.isEmpty() ? null : open;
        });
    }

}
