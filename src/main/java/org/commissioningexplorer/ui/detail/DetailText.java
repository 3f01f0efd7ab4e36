package org.commissioningexplorer.ui.detail;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/**
 * The detail pane's fixed words, from the message bundle (keys {@code detail.…}): a key's text as it is,
 * or its {@link MessageFormat} pattern filled in with values from the dataset.
 */
final class DetailText {

    private final ResourceBundle bundle;

    DetailText(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** The text of {@code key}, as written in the bundle. */
    String get(String key) {
        return bundle.getString(key);
    }

    /** The pattern of {@code key} with {@code args} in its {@code {0}}, {@code {1}}… */
    String format(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(args);
    }

    /** A heading with its count, "Membership (12)"; just the heading when there are none. */
    String counted(String key, int n) {
        return n == 0 ? get(key) : format("detail.title.count", get(key), n);
    }
}
