package org.commissioningexplorer.ui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The window's words, from {@code messages.properties}: labels, menus, messages. Sentences with values are
 * {@link MessageFormat} patterns ({@code {0}}; a quote is written twice). Data from the dataset never goes here.
 */
public final class Texts {

    public static final String BUNDLE = "org.commissioningexplorer.ui.messages";
    private static final ResourceBundle MESSAGES = ResourceBundle.getBundle(BUNDLE);

    private Texts() {
    }

    public static ResourceBundle bundle() {
        return MESSAGES;
    }

    /** The text of a key. */
    public static String get(String key) {
        return MESSAGES.getString(key);
    }

    /** The pattern of a key filled with values: {@code format("status.bodies", 840)}. */
    public static String format(String key, Object... values) {
        return new MessageFormat(MESSAGES.getString(key), Locale.UK).format(values);
    }
}
