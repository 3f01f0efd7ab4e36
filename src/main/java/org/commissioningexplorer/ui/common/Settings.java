package org.commissioningexplorer.ui.common;

import java.util.HashMap;
import java.util.Map;

/**
 * Per-user settings that survive restarts (window size, last date, files located for documents), kept in a JSON
 * file in the user's config folder ({@link SettingsFile}). Tests use {@link #inMemory()}.
 */
public interface Settings {

    String get(String key, String absent);

    void put(String key, String value);

    /** Forgets a setting; {@link #get} then answers its default. */
    void remove(String key);

    /** The number, or {@code absent} when it is missing, not a number, infinite or NaN. */
    default double getDouble(String key, double absent) {
        try {
            double d = Double.parseDouble(get(key, Double.toString(absent)));
            return Double.isFinite(d) ? d : absent;
        } catch (NumberFormatException e) {
            return absent;
        }
    }

    /** What the user should be told about the settings themselves (a damaged file kept aside), or null. */
    default String notice() {
        return null;
    }

    default boolean getBoolean(String key, boolean absent) {
        return Boolean.parseBoolean(get(key, Boolean.toString(absent)));
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
