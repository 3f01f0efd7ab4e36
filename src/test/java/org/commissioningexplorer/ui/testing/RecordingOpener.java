package org.commissioningexplorer.ui.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.commissioningexplorer.ui.common.DocumentOpener;

/** Stands in for the system viewer and browser: remembers what it was asked to open. */
public final class RecordingOpener implements DocumentOpener {

    public final List<Path> files = new ArrayList<>();
    public final List<String> urls = new ArrayList<>();

    @Override
    public void openFile(Path file) {
        files.add(file);
    }

    @Override
    public void openUrl(String url) {
        urls.add(url);
    }
}
