package vn.phoihop.local;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.sun.net.httpserver.HttpServer;

/** The local stack's front door: one page linking the three consoles, with the demo users of each. */
final class LandingPage {

    /** What each console is for, in the consoles' two languages. */
    private static final Map<String, Purpose> CONSOLES = Map.of(
            Services.CADRE_BOARD, new Purpose("Ban Cán sự đảng — Văn phòng (thư ký)",
                    "Cadre board — secretariat: cases, dossiers, decisions"),
            Services.EXECUTIVE_BOARD, new Purpose("Đảng ủy cơ quan — Ban Thường vụ",
                    "Executive board — Standing Committee: inbox, reviews, meetings, opinions"),
            Services.AUDIT, new Purpose("Kiểm toán", "Audit — verdicts, case timelines, the term report"));

    private final HttpServer server;

    private LandingPage(HttpServer server) {
        this.server = server;
    }

    static LandingPage start(int port, List<StackService> services) {
        byte[] page = html(services).getBytes(StandardCharsets.UTF_8);
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
            server.createContext("/", exchange -> {
                exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
                exchange.sendResponseHeaders(200, page.length);
                try (OutputStream body = exchange.getResponseBody()) {
                    body.write(page);
                }
            });
            server.start();
            return new LandingPage(server);
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot serve the landing page on port " + port, e);
        }
    }

    static String uri(int port) {
        return "http://localhost:" + port;
    }

    void stop() {
        server.stop(0);
    }

    private static String html(List<StackService> services) {
        String consoles = services.stream().map(service -> {
            Purpose purpose = CONSOLES.get(service.name());
            return """
                    <li><a href="%1$s/">%2$s</a><br><span lang="en">%3$s</span><br>
                    <small>%1$s · users: %4$s</small></li>""".formatted(service.baseUri(), purpose.vietnamese(), purpose.english(),
                    String.join(", ", service.demoUsers()));
        }).collect(Collectors.joining("\n"));
        return """
                <!DOCTYPE html>
                <html lang="vi"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Phối hợp</title>
                <style>body{font-family:system-ui,sans-serif;max-width:44rem;margin:2rem auto;padding:0 1rem;
                line-height:1.5;color:#1b1f24}h1{color:#9b1c1c}li{margin:1rem 0}a{font-size:1.2rem;color:#0b5cad}
                small{color:#4a5560}</style></head>
                <body><h1>Phối hợp</h1>
                <p>Phối hợp giữa Ban Cán sự đảng và Đảng ủy cơ quan — local stack with the 2010–2015 demo term.</p>
                <ul>
                %s
                </ul>
                <p><small>Demo passwords: the user name + "-demo" (clerk / clerk-demo).</small></p>
                </body></html>
                """.formatted(consoles);
    }

    private record Purpose(String vietnamese, String english) {
    }

}
