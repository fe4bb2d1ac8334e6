package vn.phoihop.local.demo;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * A few virtual threads that run one phase's requests side by side, so the boards are busy but not flooded. The
 * first failure cancels the rest of the phase and is thrown, naming the item it was about.
 */
final class Workers implements AutoCloseable {

    private final ExecutorService executor;

    Workers(int concurrency) {
        this.executor = Executors.newFixedThreadPool(concurrency, Thread.ofVirtual().name("demo-seeder-", 1).factory());
    }

    <T> void each(Collection<T> items, Consumer<T> action) {
        CompletionService<Void> completion = new ExecutorCompletionService<>(executor);
        List<Future<Void>> futures = items.stream().map(item -> completion.submit(() -> {
            try {
                action.accept(item);
            } catch (RuntimeException e) {
                throw new IllegalStateException("Seeding " + item + ": " + e.getMessage(), e);
            }
            return null;
        })).toList();
        try {
            for (int i = 0; i < futures.size(); i++) {
                completion.take().get();
            }
        } catch (ExecutionException e) {
            futures.forEach(future -> future.cancel(true));
            throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            futures.forEach(future -> future.cancel(true));
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while seeding the demo data", e);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
