package org.commissioningexplorer.ui.state;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The message at the right of the status bar: what is happening, or what just happened. */
public final class StatusLine {

    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public String message() {
        return message.get();
    }

    public void say(String text) {
        message.set(text);
    }
}
