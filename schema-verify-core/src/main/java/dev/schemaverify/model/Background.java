package dev.schemaverify.model;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Work on a daemon thread of its own, started at once, while the caller does something else. Waiting for it
 * gives way to no interrupt (the interrupt is kept for the caller): the work holds connections or a shadow
 * database that must be released before the caller goes on.
 *
 * @param <T> what the work gives
 */
public final class Background<T> {
    private final FutureTask<T> task;

    private Background(String threadName, Callable<T> work) {
        task = new FutureTask<>(work);
        Thread thread = new Thread(task, threadName);
        thread.setDaemon(true);
        thread.start();
    }

    /** Starts {@code work} on a daemon thread named {@code threadName}. */
    public static <T> Background<T> start(String threadName, Callable<T> work) {
        return new Background<>(threadName, work);
    }

    /** Waits for the work to end; what it failed with, or {@code null} when it gave a result. */
    public Throwable failure() {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    task.get();
                    return null;
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    return e.getCause();
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Waits for the work to end and gives its result, or throws what it failed with: an unchecked exception
     * or error as it is, a checked exception wrapped in an {@link IllegalStateException}.
     */
    public T join() {
        Throwable failure = failure();
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        if (failure != null) {
            throw new IllegalStateException(failure.getMessage(), failure);
        }
        try {
            return task.get(); // done, without failure
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException("not reached: the work has ended with a result", e);
        }
    }
}
