package org.commissioningexplorer.ui.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.stage.Window;
import org.commissioningexplorer.core.export.Handout;
import org.commissioningexplorer.core.export.HandoutBuilder;
import org.commissioningexplorer.core.export.HandoutSections;
import org.commissioningexplorer.core.notes.Note;
import org.commissioningexplorer.core.export.PdfHandout;
import org.commissioningexplorer.core.model.Body;
import org.commissioningexplorer.ui.common.Services;
import org.commissioningexplorer.ui.common.Texts;
import org.commissioningexplorer.ui.state.ExplorerState;
import org.commissioningexplorer.ui.state.View;

/**
 * File › Export PDF…: the handout of the body shown, as at the window's date, with its org chart (and the user's
 * note on it, when File › Include my notes in handouts is ticked), to a file the user chooses. The
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

    /** The setting behind File › Include my notes in handouts. */
    public static final String INCLUDE_NOTE = "export.includeNote";

    /** Whether handouts carry the user's note on the body (when there is one). */
    public boolean includeNote() {
        return services.settings().getBoolean(INCLUDE_NOTE, false);
    }

    public void setIncludeNote(boolean include) {
        services.settings().put(INCLUDE_NOTE, Boolean.toString(include));
    }

    /**
     * The handout of the body in {@code view}: its page, its org chart on the view's date, the user's note on it
     * when {@link #includeNote()} and there is one, then any extras.
     */
    Handout handout(View view) {
        Body body = view.selected();
        Handout handout = new HandoutBuilder(view.queries()).build(body, view.asOf());
        handout = HandoutSections.withChart(handout, view.queries(), body, view.asOf());
        if (includeNote()) {
            Optional<String> note = services.notes().get(body.id()).map(Note::text).filter(t -> !t.isBlank());
            if (note.isPresent()) {
                handout = HandoutSections.withNote(handout, note.get());
            }
        }
        for (Extra e : extras) {
            handout = e.addTo(handout, view);
        }
        return handout;
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
        Handout done = handout(view);
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
