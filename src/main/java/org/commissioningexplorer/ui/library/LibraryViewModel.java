package org.commissioningexplorer.ui.library;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.stage.Window;
import org.commissioningexplorer.core.docs.DocumentLibrary;
import org.commissioningexplorer.core.docs.OfflineCopies;
import org.commissioningexplorer.core.model.PartialDate;
import org.commissioningexplorer.core.query.DatasetQueries;
import org.commissioningexplorer.ui.common.Texts;
import org.commissioningexplorer.ui.docs.DocumentActions;
import org.commissioningexplorer.ui.state.ExplorerState;

/**
 * The library of every document in the open dataset: the rows that pass the filters (words, body, kind,
 * year), the choices for the kind and year lists, and the actions on the selected row.
 */
public final class LibraryViewModel {

    /** One row of the table. {@code date} and {@code sizeKB} are kept as values so columns sort by them. */
    public record Row(DocumentLibrary.Entry entry, String title, String body, String kind, PartialDate date,
                      Integer sizeKB, String offline, String source) {
    }

    /** The first choice of the kind and year lists: no filter. */
    public static final String ANY = "";

    private final ExplorerState main;
    private final DocumentActions docs;
    private final StringProperty words = new SimpleStringProperty("");
    private final StringProperty body = new SimpleStringProperty("");
    private final ObjectProperty<String> kind = new SimpleObjectProperty<>(ANY);
    private final ObjectProperty<String> year = new SimpleObjectProperty<>(ANY);
    private final ObservableList<String> kinds = FXCollections.observableArrayList(ANY);
    private final ObservableList<String> years = FXCollections.observableArrayList(ANY);
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper canOpen = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canShowBody = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canCopyUrl = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canLocate = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canForget = new ReadOnlyBooleanWrapper();
    private DocumentLibrary library;

    public LibraryViewModel(ExplorerState main, DocumentActions docs) {
        this.main = main;
        this.docs = docs;
        main.session().datasetProperty().addListener((obs, old, d) -> rebuild());
        docs.revisionProperty().addListener((obs, old, n) -> refilter());
        words.addListener((obs, old, w) -> refilter());
        body.addListener((obs, old, w) -> refilter());
        kind.addListener((obs, old, w) -> refilter());
        year.addListener((obs, old, w) -> refilter());
        selected.addListener((obs, old, row) -> updateActions());
        rebuild();
    }

    /** Words looked for in the title, the body's name or code, the kind and the notes. */
    public StringProperty wordsProperty() {
        return words;
    }

    /** Words looked for in the body's name or code only. */
    public StringProperty bodyProperty() {
        return body;
    }

    /** A document kind, or {@link #ANY}. */
    public ObjectProperty<String> kindProperty() {
        return kind;
    }

    /** A year ("2019"), or {@link #ANY}. */
    public ObjectProperty<String> yearProperty() {
        return year;
    }

    public ObservableList<String> kinds() {
        return kinds;
    }

    public ObservableList<String> years() {
        return years;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    /** "12 of 16 documents". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ObjectProperty<Row> selectedProperty() {
        return selected;
    }

    public ReadOnlyBooleanProperty canOpenProperty() {
        return canOpen.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canShowBodyProperty() {
        return canShowBody.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canCopyUrlProperty() {
        return canCopyUrl.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canLocateProperty() {
        return canLocate.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canForgetProperty() {
        return canForget.getReadOnlyProperty();
    }

    /** How a kind is shown: "terms-of-reference" as "Terms of reference"; {@link #ANY} as "All kinds". */
    public static String kindLabel(String kind) {
        if (kind == null || kind.isEmpty()) {
            return Texts.get("library.allKinds");
        }
        String s = kind.replace('-', ' ');
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    public static String yearLabel(String year) {
        return year == null || year.isEmpty() ? Texts.get("library.allYears") : year;
    }

    private void rebuild() {
        DatasetQueries q = main.session().queries();
        library = q == null ? null : DocumentLibrary.of(q);
        String k = kind.get();
        String y = year.get();
        kinds.setAll(ANY);
        years.setAll(ANY);
        if (library != null) {
            kinds.addAll(library.documentKinds());
            library.years().forEach(v -> years.add(v.toString()));
        }
        // keep the user's choices when the reloaded dataset still has them
        kind.set(kinds.contains(k) ? k : ANY);
        year.set(years.contains(y) ? y : ANY);
        refilter();
    }

    private void refilter() {
        if (library == null) {
            rows.clear();
            summary.set(Texts.get("library.noDataset"));
            return;
        }
        Row was = selected.get();
        String k = kind.get() == null || kind.get().isEmpty() ? null : kind.get();
        Integer y = year.get() == null || year.get().isEmpty() ? null : Integer.valueOf(year.get());
        List<Row> out = new ArrayList<>();
        for (DocumentLibrary.Entry e : library.filter(words.get(), body.get(), k, y)) {
            String source = main.session().queries().dataset().source(e.source()).map(s -> s.title()).orElse("");
            out.add(new Row(e, e.document().title(), e.holderName(), e.document().kind() == null ? ""
                    : kindLabel(e.document().kind()), e.document().date(), e.document().sizeKB(),
                    docs.status(e.key(), e.document()).state().shortText(), source));
        }
        rows.setAll(out);
        int all = library.entries().size();
        summary.set(out.size() == all ? Texts.format("library.summary.all", all)
                : Texts.format("library.summary.filtered", out.size(), all));
        selected.set(was == null ? null : out.stream().filter(r -> r.entry().key().equals(was.entry().key()))
                .findFirst().orElse(null));
        updateActions();
    }

    private void updateActions() {
        Row r = selected.get();
        if (r == null) {
            canOpen.set(false);
            canShowBody.set(false);
            canCopyUrl.set(false);
            canLocate.set(false);
            canForget.set(false);
            return;
        }
        OfflineCopies.Status status = docs.status(r.entry().key(), r.entry().document());
        canOpen.set(docs.canOpen(r.entry().key(), r.entry().document()));
        canShowBody.set(r.entry().holder() != null);
        canCopyUrl.set(r.entry().document().url() != null);
        canLocate.set(status.canLocate());
        canForget.set(status.canForget());
    }

    /** Opens the selected document (Enter or a double-click). */
    public void open(Window owner) {
        Row r = selected.get();
        if (r != null) {
            docs.open(r.entry().key(), r.entry().document(), owner);
        }
    }

    /** Selects the selected document's body in the main window. */
    public boolean showBody() {
        Row r = selected.get();
        if (r == null || r.entry().holder() == null) {
            return false;
        }
        main.navigation().go(r.entry().holder().id());
        return true;
    }

    public void copyUrl() {
        Row r = selected.get();
        if (r != null && r.entry().document().url() != null) {
            docs.copyUrl(r.entry().document().url());
        }
    }

    public void locate(Window owner) {
        Row r = selected.get();
        if (r != null) {
            docs.locate(r.entry().key(), r.entry().document(), owner);
        }
    }

    public void forget() {
        Row r = selected.get();
        if (r != null) {
            docs.forget(r.entry().key(), r.entry().document());
        }
    }
}
