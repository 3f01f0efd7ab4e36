package org.commissioningexplorer.ui.state;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import org.commissioningexplorer.ui.common.BackgroundRunner;
import org.commissioningexplorer.ui.common.Settings;

/**
 * The state the window's features share, by job: the {@link DatasetSession} (what is open), the
 * {@link Navigation} (what is shown: selection, date, history), the {@link AsAtDate} (setting, remembering
 * and describing the date) and the {@link StatusLine}. Features reach it through the controller factory and
 * talk to each other only through it.
 */
public final class ExplorerState {

    private final StatusLine status = new StatusLine();
    private final Navigation navigation = new Navigation(status);
    private final AsAtDate asAt;
    private final DatasetSession session;
    private final ReadOnlyIntegerWrapper treeRequests = new ReadOnlyIntegerWrapper();

    public ExplorerState(BackgroundRunner runner, Settings settings) {
        asAt = new AsAtDate(navigation, settings);
        session = new DatasetSession(runner, status, data -> navigation.datasetOpened(data, asAt.forOpening(data.dataset())));
    }

    /** With settings kept in memory only, for tests. */
    public ExplorerState(BackgroundRunner runner) {
        this(runner, Settings.inMemory());
    }

    public DatasetSession session() {
        return session;
    }

    public Navigation navigation() {
        return navigation;
    }

    public AsAtDate asAt() {
        return asAt;
    }

    public StatusLine status() {
        return status;
    }

    /** Counts requests to put the keyboard in the tree ("Show in tree", Enter in the search box); the tree listens. */
    public ReadOnlyIntegerProperty treeRequestsProperty() {
        return treeRequests.getReadOnlyProperty();
    }

    public void requestTree() {
        treeRequests.set(treeRequests.get() + 1);
    }
}
