package vn.phoihop.e2e;

import java.nio.file.Path;
import java.util.function.Consumer;

import com.microsoft.playwright.Page;

/**
 * Takes the README's pictures of the three consoles from a running local stack with the demo term loaded
 * ({@code infra/local/run}); not a test. From infra/e2e, after {@code ./mvnw -pl infra/e2e test-compile
 * dependency:build-classpath -Dmdep.outputFile=target/classpath}:
 * {@code java -cp target/test-classes:$(cat target/classpath) vn.phoihop.e2e.ConsoleScreenshots ../../docs}.
 */
public final class ConsoleScreenshots {

    private static final Consumer<Page> AS_IS = page -> {
    };

    private ConsoleScreenshots() {
    }

    public static void main(String[] arguments) {
        System.setProperty("phoihop.screenshots", Path.of(arguments.length > 0 ? arguments[0] : "../../docs").toString());
        try (ConsoleBrowser browser = ConsoleBrowser.launch()) {
            take(browser, "http://localhost:8081", "clerk", "/cases", AS_IS, "console-secretariat");
            take(browser, "http://localhost:8082", "committee", "/consultations", AS_IS, "console-standing-committee");
            // a decided appointment of the demo term, both boards side by side
            take(browser, "http://localhost:8083", "auditor", "/cases?kind=APPOINTMENT&clean=true",
                    page -> page.locator("#cases tbody a").first().click(), "console-auditor");
            take(browser, "http://localhost:8083", "auditor", "/reports/term?from=2010-10-01&to=2015-10-31", AS_IS,
                    "console-auditor-report");
        }
    }

    private static void take(ConsoleBrowser browser, String console, String user, String path, Consumer<Page> then,
            String name) {
        Page page = browser.newUser();
        ConsoleBrowser.signIn(page, console, user, user + "-demo");
        page.navigate(console + path);
        then.accept(page);
        ConsoleBrowser.screenshot(page, name);
        page.context().close();
        System.out.println("saved " + name + ".png");
    }

}
