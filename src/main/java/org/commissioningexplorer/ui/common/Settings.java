package org.commissioningexplorer.ui.common;

import java.util.HashMap;
import java.util.Map;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * Per-user settings that survive restarts (window size, last date, files located for documents). Tests use
 * {@link #inMemory()}.
 */
public interface Settings {

    String get(String key, String absent);

    void put(String key, String value);

    /** Forgets a setting; {@link #get} then answers its default. */
    void remove(String key);

    default double getDouble(String key, double absent) {
        try {
            return Double.parseDouble(get(key, Double.toString(absent)));
        } catch (NumberFormatException e) {
            return absent;
        }
    }

    default boolean getBoolean(String key, boolean absent) {
        return Boolean.parseBoolean(get(key, Boolean.toString(absent)));
    }

    /** The user's settings, stored with java.util.prefs under this application's node. */
    static Settings userPreferences() {
        Preferences prefs = Preferences.userRoot().node("org/commissioningexplorer");
        return new Settings() {
            @Override
            public String get(String key, String absent) {
                return prefs.get(key, absent);
            }

            @Override
            public void put(String key, String value) {
                prefs.put(key, value);
                try {
                    prefs.flush();
                } catch (BackingStoreException e) {
                    // Losing a remembered window size is not worth troubling the user about.
                }
            }

            @Override
            public void remove(String key) {
                prefs.remove(key);
                try {
                    prefs.flush();
                } catch (BackingStoreException e) {
                    // As above: the worst outcome is a setting that comes back next time.
                }
            }
        };
    }

    static Settings inMemory() {
        Map<String, String> map = new HashMap<>();
        return new Settings() {
            @Override
            public String get(String key, String absent) {
                return map.getOrDefault(key, absent);
            }

            @Override
            public void put(String key, String value) {
                map.put(key, value);
            }

            @Override
            public void remove(String key) {
                map.remove(key);
            }
        };
    }
}
