package vn.phoihop.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;

/**
 * Debian's headless Chromium driven by Playwright. The tests never download a browser: when Chromium is missing
 * they install Debian's package with {@code infra/e2e/install-chromium}, as {@code .ci/run} does, and fail if that
 * cannot be done.
 */
final class ConsoleBrowser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private static final Duration ASSERTION_TIMEOUT = Duration.ofSeconds(20);

    /** Without the network-quietening flags Chromium keeps trying to reach Google's hosts on this closed network. */
    private static final List<String> FLAGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-dev-shm-usage");

    private static final Path SCREENSHOTS = Path.of(System.getProperty("phoihop.screenshots", "target/screenshots"));

    private final Playwright playwright;

    private final Browser browser;

    private ConsoleBrowser(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    static ConsoleBrowser launch() {
        installChromiumIfMissing();
        // Playwright's 5 s for a page to show a result: a form answered by a board on two cores shared with the
        // other services and the browser took longer in CI. The tests check what the pages show, not how fast.
        PlaywrightAssertions.setDefaultAssertionTimeout(ASSERTION_TIMEOUT.toMillis());
        Playwright playwright = Playwright
            .create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        Browser browser = playwright.chromium()
            .launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM).setHeadless(true).setArgs(FLAGS));
        return new ConsoleBrowser(playwright, browser);
    }

    /** A browser of its own for one user: its own cookies, so its own session, in Vietnamese as a ministry uses it. */
    Page newUser() {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("vi-VN")
            .setViewportSize(1280, 900));
        context.setDefaultTimeout(30_000);
        return context.newPage();
    }

    /** Signs in through the console's own form and lands on its start page. */
    static void signIn(Page page, String consoleUri, String user, String password) {
        page.navigate(consoleUri + "/login");
        page.getByLabel("Tên đăng nhập").fill(user);
        page.getByLabel("Mật khẩu").fill(password);
        page.locator("form[action='/login'] button[type=submit]").click();
        page.waitForURL(url -> !url.contains("/login"));
    }

    static void screenshot(Page page, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        }
        catch (IOException e) {
            throw new IllegalStateException("cannot write screenshots to " + SCREENSHOTS, e);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }

    private static void installChromiumIfMissing() {
        if (Files.isExecutable(CHROMIUM)) {
            return;
        }
        try {
            Process install = new ProcessBuilder("./install-chromium").inheritIO().start();
            if (install.waitFor() != 0 || !Files.isExecutable(CHROMIUM)) {
                throw new IllegalStateException("the browser tests need Debian's chromium; infra/e2e/install-chromium "
                        + "could not install it (exit " + install.exitValue() + ")");
            }
        }
        catch (IOException e) {
            throw new IllegalStateException("cannot run infra/e2e/install-chromium", e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

}
