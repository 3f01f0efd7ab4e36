package org.commissioningexplorer.core;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The application's name and version (the version comes from the Maven build). */
public final class AppInfo {

    public static final String NAME = "Commissioning Explorer";
    public static final String LICENCE = "MIT License";

    private AppInfo() {
    }

    public static String version() {
        try (InputStream in = AppInfo.class.getResourceAsStream("/org/commissioningexplorer/version.properties")) {
            if (in == null) {
                return "development";
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "development");
            return v.startsWith("${") ? "development" : v;
        } catch (IOException e) {
            return "development";
        }
    }
}
