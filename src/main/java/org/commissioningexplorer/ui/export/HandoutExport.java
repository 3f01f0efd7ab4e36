package org.commissioningexplorer.ui.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.stage.Window;
import org.commissioningexplorer.core.export.Handout;
import org.commissioningexplorer.core.export.HandoutBuilder;
import org.commissioningexplorer.core.export.PdfHandout;
import org.commissioningexplorer.core.model.Body;
import org.commissioningexplorer.ui.common.Services;
import org.commissioningexplorer.ui.common.Texts;
import org.commissioningexplorer.ui.state.ExplorerState;
import org.commissioningexplorer.ui.state.View;

/**
 * File › Export PDF…: the handout of the body shown, as at the window's date, to a file the user chooses. The
 * handout is made on the UI thread (with any {@link Extra} sections, which may draw nodes) and written off it.
 */
public final class HandoutExport {

    /**
     * Adds a section to the handout of the body in {@code view}, such as an org chart picture or a trainer's
     * note (see {@link Handout#withSection}); runs on the UI thread. Registered by the window with
     * {@link #addExtra}.
     */
    @FunctionalInterface
    public interface Extra {
        Handout addTo(Handout handout, View view);
    }

    private final ExplorerState state;
    private final Services services;
    private final List<Extra> extras = new ArrayList<>();

    public HandoutExport(ExplorerState state, Services services) {
        this.state = state;
        this.services = services;
    }

    public void addExtra(Extra extra) {
        extras.add(extra);
    }

    /** Asks where to save the handout of the body shown, then writes it there; the status bar says how it went. */
    public void export(Window owner) {
        View view = state.navigation().view();
        Body body = view.selected();
        if (view.queries() == null || body == null) {
            state.status().say(Texts.get("export.noBody"));
            return;
        }
        Optional<Path> chosen = services.dialogs().chooseHandout(owner, body.name(), fileName(view));
        if (chosen.isEmpty()) {
            return;
        }
        Path file = withPdfSuffix(chosen.get());
        Handout handout = new HandoutBuilder(view.queries()).build(body, view.asOf());
        for (Extra e : extras) {
            handout = e.addTo(handout, view);
        }
        Handout done = handout;
        state.status().say(Texts.format("export.writing", body.name()));
        services.runner().run(() -> {
            PdfHandout.write(done, file);
            return file;
        }, f -> state.status().say(Texts.format("export.done", body.name(), f)),
                e -> state.status().say(Texts.format("export.failed", file,
                        e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())));
    }

    /** "06W-2019-10-01.pdf": the body's code (or id) and the date, which a trainer will want in the name. */
    static String fileName(View view) {
        Body b = view.selected();
        return b.primaryCode().orElse(b.id()).replaceAll("[^A-Za-z0-9._-]", "-")
                + (view.asOf() == null ? "" : "-" + view.asOf()) + ".pdf";
    }

    static Path withPdfSuffix(Path file) {
        String name = file.getFileName().toString();
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf") ? file : file.resolveSibling(name + ".pdf");
    }
}
