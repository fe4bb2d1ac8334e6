package vn.phoihop.cadreboard.cases.adapter.in.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockAsyncContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.server.ResponseStatusException;

import vn.phoihop.cadreboard.cases.application.CaseChanged;
import vn.phoihop.cadreboard.cases.application.CaseQueries;
import vn.phoihop.cadreboard.cases.domain.CaseId;

/** The open case pages' streams, each a real SseEmitter answering a request through Spring MVC. */
class CaseUpdatesTest {

    private final CaseUpdates updates = new CaseUpdates(3);

    private final MockMvc mvc = MockMvcBuilders
        .standaloneSetup(new LiveCaseController(updates, mock(CaseQueries.class)))
        .build();

    private final CaseId watched = CaseId.random();

    @Test
    void aPageHearsThatItsCaseChangedAndNothingOfOtherCases() throws Exception {
        MockHttpServletResponse page = open(watched).getResponse();
        MockHttpServletResponse other = open(CaseId.random()).getResponse();

        updates.changed(new CaseChanged(watched));

        assertThat(page.getContentType()).startsWith(MediaType.TEXT_EVENT_STREAM_VALUE);
        assertThat(page.getContentAsString()).isEqualTo("event:case-changed\ndata:" + watched + "\n\n");
        assertThat(other.getContentAsString()).isEmpty();
    }

    @Test
    void aPageThatCompletedLeaves() throws Exception {
        MvcResult page = open(watched);
        open(watched);
        assertThat(updates.openPages(watched)).isEqualTo(2);

        page.getRequest().getAsyncContext().complete();

        assertThat(updates.openPages(watched)).isOne();
    }

    @Test
    void aPageThatTimedOutLeaves() throws Exception {
        MockAsyncContext page = (MockAsyncContext) open(watched).getRequest().getAsyncContext();

        for (AsyncListener listener : page.getListeners()) {
            listener.onTimeout(new AsyncEvent(page));
        }

        assertThat(updates.openPages(watched)).isZero();
    }

    @Test
    void thePagesOpenAtOnceAreBounded() throws Exception {
        for (int i = 0; i < 3; i++) {
            open(CaseId.random());
        }

        assertThatThrownBy(() -> updates.open(watched)).isInstanceOfSatisfying(ResponseStatusException.class,
                refused -> assertThat(refused.getStatusCode().value()).isEqualTo(503));
    }

    private MvcResult open(CaseId caseId) throws Exception {
        return mvc.perform(get("/cases/" + caseId + "/updates").accept(MediaType.TEXT_EVENT_STREAM)).andReturn();
    }

}
