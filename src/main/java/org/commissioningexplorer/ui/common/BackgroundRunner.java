package org.commissioningexplorer.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The one way the window runs work that could be slow: off the UI thread, with the result handed back
 * on it. Tests use {@link #sameThread()} so that they never wait or sleep.
 */
public interface BackgroundRunner {

    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Runs the work at once on the calling thread; for tests. */
    static BackgroundRunner sameThread() {
        return new BackgroundRunner() {
            @Override
            public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                T result;
                try {
                    result = work.call();
                } catch (Exception e) {
                    onFailure.accept(e);
                    return;
                }
                onSuccess.accept(result);
            }
        };
    }
}
