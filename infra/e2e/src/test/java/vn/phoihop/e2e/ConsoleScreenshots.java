package vn.phoihop.e2e;

import java.nio.file.Path;

import com.microsoft.playwright.Page;

/**
 * Takes the README's pictures of the three consoles from a running local stack with the demo term loaded
 * ({@code infra/local/run}); not a test. Run from infra/e2e after {@code ./mvnw -pl infra/e2e test-compile}:
 * {@code java -cp target/test-classes:$(cat target/classpath) vn.phoihop.e2e.ConsoleScreenshots ../../docs}.
 */
public final class ConsoleScreenshots {

    private ConsoleScreenshots() {
    }

    public static void main(String[] arguments) {
        Path folder = Path.of(arguments.length > 0 ? arguments[0] : "../../docs");
        System.setProperty("phoihop.screenshots", folder.toString());
        try (ConsoleBrowser browser = ConsoleBrowser.launch()) {
            take(browser, "http://localhost:8081", "clerk", "/cases", "console-secretariat");
            take(browser, "http://localhost:8082", "committee", "/consultations", "console-standing-committee");
            take(browser, "http://localhost:8083", "auditor", "/cases", "console-auditor");
            take(browser, "http://localhost:8083", "auditor", "/reports/term?from=2010-10-01&to=2015-10-31",
                    "console-auditor-report");
        }
    }

    private static void take(ConsoleBrowser browser, String console, String user, String path, String name) {
        Page page = browser.newUser();
        ConsoleBrowser.signIn(page, console, user, user + "-demo");
        page.navigate(console + path);
        ConsoleBrowser.screenshot(page, name);
        page.context().close();
        System.out.println("saved " + name + ".png");
    }

}
