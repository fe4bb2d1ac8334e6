package vn.phoihop.servers;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import com.sun.net.httpserver.HttpServer;

/**
 * Stands in for a Spring Boot service in {@link ServiceProcessIT}: answers the health check on --server.port.
 * --fail=<message> exits at once; --hang-on-sigterm makes the JVM ignore a polite stop. Says which system property
 * {@code fake.service.note} its JVM was given, if any.
 */
public final class FakeService {

    private FakeService() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        List<String> arguments = List.of(args);
        for (String argument : arguments) {
            if (argument.startsWith("--fail=")) {
                System.out.println("fake service failing: " + argument.substring("--fail=".length()));
                System.exit(1);
            }
        }
        if (arguments.contains("--hang-on-sigterm")) {
            Runtime.getRuntime().addShutdownHook(new Thread(FakeService::hangForever));
        }
        int port = arguments.stream().filter(argument -> argument.startsWith("--server.port="))
                .map(argument -> Integer.parseInt(argument.substring("--server.port=".length())))
                .findFirst().orElseThrow();
        HttpServer server = HttpServer.create(new InetSocketAddress("localhost", port), 0);
        server.createContext("/actuator/health", exchange -> {
            byte[] body = "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        System.out.println("fake service listening on " + port);
        if (System.getProperty("fake.service.note") != null) {
            System.out.println("fake service note: " + System.getProperty("fake.service.note"));
        }
    }

    private static void hangForever() {
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
