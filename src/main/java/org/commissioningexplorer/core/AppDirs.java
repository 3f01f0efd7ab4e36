package org.commissioningexplorer.core;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where the application keeps the user's own files: its settings and its log. %APPDATA% on Windows,
 * ~/Library/Application Support on macOS, $XDG_CONFIG_HOME (or ~/.config) elsewhere. The system property
 * {@code explorer.config.dir} overrides it (tests, or a trainer who keeps everything on a USB stick).
 */
public final class AppDirs {

    private AppDirs() {
    }

    public static Path configDir() {
        String override = System.getProperty("explorer.config.dir");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String home = System.getProperty("user.home", ".");
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return (appData != null && !appData.isBlank() ? Path.of(appData) : Path.of(home, "AppData", "Roaming"))
                    .resolve(AppInfo.NAME);
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", AppInfo.NAME);
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".config")).resolve("commissioning-explorer");
    }

    /** The log folder: {@code log} in the config folder. */
    public static Path logDir() {
        return configDir().resolve("log");
    }
}
