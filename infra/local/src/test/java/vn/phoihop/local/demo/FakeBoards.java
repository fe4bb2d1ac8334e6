package vn.phoihop.local.demo;

import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import com.sun.net.httpserver.HttpServer;
import vn.phoihop.local.demo.FakeHttp.Refusal;
import vn.phoihop.local.demo.FakeHttp.Request;
import vn.phoihop.local.demo.FakeHttp.Response;
import vn.phoihop.regulation.Regulation;
import vn.phoihop.regulation.file.RegulationLibrary;

/**
 * Both boards of the REST contract in one test JVM, on two ports, sharing nothing but events. An event reaches the
 * other board a little later, in order, as over Kafka; so a seeder that does not wait for it is refused.
 */
final class FakeBoards implements AutoCloseable {

    private static final long EVENT_DELAY_MILLIS = 15;

    final FakeCadreBoard cadre;
    final FakeExecutiveBoard executive;
    final List<String> requests = new CopyOnWriteArrayList<>();
    private final Object lock = new Object();
    private final ScheduledExecutorService kafka = Executors.newSingleThreadScheduledExecutor();
    private final HttpServer cadreServer;
    private final HttpServer executiveServer;
    private volatile boolean eventsCross = true;
    private volatile String refused;

    FakeBoards() {
        Regulation regulation = RegulationLibrary.defaults("fake").require("296-QC/BCSĐ-ĐUBKH", "2013.1");
        cadre = new FakeCadreBoard(regulation, this);
        executive = new FakeExecutiveBoard(this);
        cadreServer = FakeHttp.serve(request -> handle("cadre", request, cadre::handle));
        executiveServer = FakeHttp.serve(request -> handle("executive", request, executive::handle));
    }

    URI cadreUri() {
        return URI.create("http://localhost:" + cadreServer.getAddress().getPort());
    }

    URI executiveUri() {
        return URI.create("http://localhost:" + executiveServer.getAddress().getPort());
    }

    /** From now on no event reaches the other board, as when the broker is gone. */
    void stopEvents() {
        eventsCross = false;
    }

    /** The next request whose path ends so is refused by the board, as a rule would refuse it. */
    void refuseNext(String pathEnd) {
        refused = pathEnd;
    }

    long count(String method, String pathEnd) {
        return requests.stream().filter(request -> request.startsWith(method + " ") && request.contains(pathEnd))
                .count();
    }

    void toExecutiveBoard(String event, FakeCadreBoard.Case c) {
        deliver(() -> executive.receive(event, c));
    }

    void toCadreBoard(String caseId, int version, String outcome) {
        deliver(() -> cadre.receiveOpinion(caseId, version, outcome));
    }

    private void deliver(Runnable event) {
        if (eventsCross) {
            kafka.schedule(() -> {
                synchronized (lock) {
                    event.run();
                }
            }, EVENT_DELAY_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    private Response handle(String board, Request request, Function<Request, Response> handler) {
        String line = request.method() + " " + board + " /" + String.join("/", request.path()) + " as "
                + request.user();
        requests.add(line);
        String refuse = refused;
        if (refuse != null && line.contains(refuse + " as ")) {
            refused = null;
            throw new Refusal(409, "quorum", "Quorum not met: 4 of 7 summoned members present");
        }
        synchronized (lock) {
            return handler.apply(request);
        }
    }

    @Override
    public void close() {
        cadreServer.stop(0);
        executiveServer.stop(0);
        kafka.shutdownNow();
    }
}
