package org.commissioningexplorer.ui.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.commissioningexplorer.ui.common.BackgroundRunner;
import org.junit.jupiter.api.Test;

/**
 * A load that hangs never blocks the next: Open again, or Cancel, and the late outcome of the first is ignored.
 * The runner here holds each piece of work until the test lets it finish, so nothing sleeps or waits.
 */
class HangingLoadTest {

    static final Path SMALL = ExplorerStateTest.SMALL;

    /** Holds work until {@link #finish(int)}; like a worker thread that takes as long as the test likes. */
    static final class HeldRunner implements BackgroundRunner {
        private record Held(Callable<?> work, Consumer<Object> onSuccess, Consumer<Throwable> onFailure) {
        }

        private final List<Held> held = new ArrayList<>();

        @Override
        @SuppressWarnings("unchecked")
        public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            held.add(new Held(work, (Consumer<Object>) onSuccess, onFailure));
        }

        void finish(int i) throws Exception {
            Held h = held.get(i);
            h.onSuccess().accept(h.work().call());
        }

        int held() {
            return held.size();
        }

        void fail(int i, Throwable e) {
            held.get(i).onFailure().accept(e);
        }
    }

    private final HeldRunner runner = new HeldRunner();
    private final ExplorerState state = new ExplorerState(runner);
    private final DatasetSession session = state.session();

    @Test
    void aSecondOpenWhileTheFirstHangsOpensAndTheFirstIsIgnoredWhenItEnds() throws Exception {
        session.openInitial(null); // 0: the bundled dataset, which "hangs"
        assertTrue(session.loadingProperty().get());
        session.open(SMALL); // 1: not refused while 0 runs
        runner.finish(1);
        assertEquals("Small test dataset", session.queries().dataset().info().title());
        assertFalse(session.loadingProperty().get());
        runner.finish(0); // 0 ends at last: too late, it changes nothing
        assertEquals("Small test dataset", session.queries().dataset().info().title());
    }

    @Test
    void cancelStopsWaitingKeepsTheOpenDatasetAndSaysSo() throws Exception {
        session.openInitial(SMALL);
        runner.finish(0);
        session.reload(); // 1: hangs
        assertTrue(session.loadingProperty().get());
        session.cancelLoading();
        assertFalse(session.loadingProperty().get());
        assertEquals("Stopped opening dataset.json; the open dataset stays.", state.status().message());
        runner.fail(1, new IllegalStateException("late failure"));
        assertEquals("", session.problemTitleProperty().get(), "a cancelled load's failure is not reported");
        assertEquals("Small test dataset", session.queries().dataset().info().title());
    }

    @Test
    void cancellingTheStartUpLoadOpensTheBundledDatasetNotAnEmptyWindow() throws Exception {
        session.openInitial(SMALL); // 0: hangs, nothing open yet
        session.cancelLoading();
        assertTrue(session.loadingProperty().get(), "the bundled dataset is being opened instead");
        runner.finish(1);
        assertEquals("Commissioning Explorer: NHS commissioning in England", session.queries().dataset().info().title());
        assertTrue(session.problemTitleProperty().get().startsWith("Stopped opening dataset.json"),
                session.problemTitleProperty().get());
    }

    @Test
    void aFailureWithNothingOpenDoesNotClaimTheOldDatasetStayed() {
        session.openInitial(null); // 0: the bundled dataset, whose reading throws
        runner.fail(0, new IllegalStateException("disk gone"));
        assertFalse(session.loadingProperty().get());
        String title = session.problemTitleProperty().get();
        assertTrue(title.startsWith("Could not open the bundled dataset: disk gone.") || title.contains("disk gone"),
                title);
        assertFalse(title.contains("already open is unchanged"), title);
    }
}
