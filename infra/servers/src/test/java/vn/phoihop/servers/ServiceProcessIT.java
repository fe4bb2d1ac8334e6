package vn.phoihop.servers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceProcessIT {

    @TempDir
    static Path directory;
    static Path jar;

    @BeforeAll
    static void packFakeService() throws IOException {
        jar = FakeServiceJar.writeTo(directory);
    }

    @Test
    void returnsOnlyOnceTheHealthEndpointAnswers200() throws Exception {
        int port = FreePort.pick();
        ServiceProcess service = ServiceProcess.start(jar, List.of("--server.port=" + port), port, log("healthy"));
        try (HttpClient client = HttpClient.newHttpClient()) {
            var response = client.send(HttpRequest.newBuilder(service.baseUri().resolve("/actuator/health")).build(),
                    BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(service.pid()).isEqualTo(ProcessHandle.of(service.pid()).orElseThrow().pid());
        } finally {
            service.stop();
        }
    }

    @Test
    void theJvmOptionsGoToTheServicesJvmAndItsArgumentsToTheService() throws Exception {
        int port = FreePort.pick();
        JvmLaunch launch = new JvmLaunch(List.of("-Dfake.service.note=from the launch", "-Xmx64m"), jar);

        ServiceProcess service = ServiceProcess.start(launch, List.of("--server.port=" + port), port, log("options"));
        service.stop();

        assertThat(Files.readString(service.logFile())).contains("fake service listening on " + port,
                "fake service note: from the launch");
    }

    @Test
    void stopEndsTheProcessWithSigterm() {
        int port = FreePort.pick();
        ServiceProcess service = ServiceProcess.start(jar, List.of("--server.port=" + port), port, log("stop"));

        service.stop();

        assertThat(service.isAlive()).isFalse();
        assertThat(service.exitValue()).isEqualTo(128 + 15);
    }

    @Test
    void stopEscalatesToSigkillWhenTheGraceRunsOut() {
        int port = FreePort.pick();
        ServiceProcess service = ServiceProcess.start(jar, List.of("--server.port=" + port, "--hang-on-sigterm"),
                port, log("hang"));

        service.stop(Duration.ofSeconds(1));

        assertThat(service.isAlive()).isFalse();
        assertThat(service.exitValue()).isEqualTo(128 + 9);
    }

    @Test
    void stopWaitsAsLongAsItsLaunchAllowsBeforeTheSigkill() {
        int port = FreePort.pick();
        JvmLaunch launch = new JvmLaunch(List.of(), jar, Duration.ofSeconds(1));
        ServiceProcess service = ServiceProcess.start(launch, List.of("--server.port=" + port, "--hang-on-sigterm"),
                port, log("grace"));
        long stopping = System.nanoTime();

        service.stop();

        assertThat(Duration.ofNanos(System.nanoTime() - stopping)).isLessThan(Duration.ofSeconds(10));
        assertThat(service.exitValue()).isEqualTo(128 + 9);
    }

    @Test
    void killEndsTheProcessAtOnceWithoutItsShutdownHooks() {
        int port = FreePort.pick();
        ServiceProcess service = ServiceProcess.start(jar, List.of("--server.port=" + port, "--hang-on-sigterm"),
                port, log("kill"));

        service.kill();

        assertThat(service.isAlive()).isFalse();
        assertThat(service.exitValue()).isEqualTo(128 + 9);
    }

    @Test
    void aServiceThatExitsEarlyFailsWithTheTailOfItsLog() {
        int port = FreePort.pick();

        assertThatThrownBy(() -> ServiceProcess.start(jar, List.of("--fail=no database"), port, log("fail")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("exited with code 1")
                .hasMessageContaining("fake service failing: no database");
    }

    @Test
    void aServiceThatNeverAnswersIsKilledAndReported() {
        int listening = FreePort.pick();
        int probed = FreePort.pick();

        assertThatThrownBy(() -> ServiceProcess.start(jar, List.of("--server.port=" + listening), probed,
                log("silent"), Duration.ofSeconds(3)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("did not answer 200")
                .hasMessageContaining("fake service listening on " + listening);
        assertThat(ProcessHandle.current().children().filter(ProcessHandle::isAlive)).isEmpty();
    }

    private static Path log(String name) {
        return directory.resolve("logs").resolve(name + ".log");
    }
}
