package vn.phoihop.cadreboard.cases.adapter.in.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.RequestContextUtils;

/** A file over the multipart limit, refused before any controller, as the browser then sees it. */
class UploadLimitAdviceTest {

    private final UploadLimitAdvice advice = new UploadLimitAdvice();

    @Test
    void theBrowserGoesBackToTheFormItCameFromWhichSaysWhy() {
        MockHttpServletRequest request = upload("http://localhost/cases/new?kind=APPOINTMENT");

        assertThat(advice.tooLarge(new MaxUploadSizeExceededException(20L << 20), request))
            .isEqualTo("redirect:/cases/new?kind=APPOINTMENT");
        assertThat(RequestContextUtils.getOutputFlashMap(request).get(UploadLimitAdvice.REFUSED)).isEqualTo(true);
    }

    @Test
    void aPageOfAnotherSiteIsNotWhereItGoes() {
        assertThat(advice.tooLarge(new MaxUploadSizeExceededException(20L << 20),
                upload("https://elsewhere.example/cases/new"))).isEqualTo("redirect:/cases");
    }

    private static MockHttpServletRequest upload(String referer) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/cases");
        request.setServerName("localhost");
        request.addHeader("Referer", referer);
        request.setAttribute(DispatcherServlet.OUTPUT_FLASH_MAP_ATTRIBUTE, new FlashMap());
        return request;
    }

}
