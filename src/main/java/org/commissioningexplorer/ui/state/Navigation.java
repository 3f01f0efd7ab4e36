package org.commissioningexplorer.ui.state;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.commissioningexplorer.core.model.Body;
import org.commissioningexplorer.core.model.Period;
import org.commissioningexplorer.core.query.DatasetQueries;
import org.commissioningexplorer.core.time.AsOf;
import org.commissioningexplorer.core.time.Eras;
import org.commissioningexplorer.ui.common.Texts;

/**
 * Where the window is: the {@link View} (dataset, selected body, as-at date), changed in one step by each
 * action, and the history behind Back and Forward. Every move to another body goes on the back list with the
 * date it was seen on, however it was made (tree, link, search), so Back returns to both.
 */
public final class Navigation {

    private static final int HISTORY_LIMIT = 200;

    /** A place visited: a body and the date it was seen on. */
    private record Visit(String id, LocalDate date) {
    }

    private final StatusLine status;
    private final ReadOnlyObjectWrapper<View> view = new ReadOnlyObjectWrapper<>(View.EMPTY);
    private final Deque<Visit> back = new ArrayDeque<>();
    private final Deque<Visit> forward = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canGoBack = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canGoForward = new ReadOnlyBooleanWrapper();

    public Navigation(StatusLine status) {
        this.status = status;
    }

    /** What the window shows; every pane follows this one property. */
    public ReadOnlyObjectProperty<View> viewProperty() {
        return view.getReadOnlyProperty();
    }

    public View view() {
        return view.get();
    }

    public Body selected() {
        return view.get().selected();
    }

    public ReadOnlyBooleanProperty canGoBackProperty() {
        return canGoBack.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canGoForwardProperty() {
        return canGoForward.getReadOnlyProperty();
    }

    /** Selects a body on the as-at date, as it is (the tree does this; a body that did not exist then shows a notice). */
    public void select(Body body) {
        moveTo(view.get().withSelected(body));
    }

    /** Selects the body with this id, if the open dataset has it. */
    public void select(String id) {
        find(id).ifPresent(this::select);
    }

    /** Moves the as-at date, keeping the selection. */
    void setDate(LocalDate date) {
        if (date != null) {
            view.set(view.get().withDate(date));
        }
    }

    /**
     * Selects the body and, if it did not exist on the as-at date, moves the date to the nearest day it
     * existed in the same step, saying so in the status bar (links, search results and "show in tree").
     */
    public void reveal(Body body) {
        View now = view.get();
        DatasetQueries q = now.queries();
        if (q == null || body == null) {
            return;
        }
        LocalDate date = now.asOf();
        if (date != null && !q.existedOn(body, date)) {
            LocalDate then = Eras.nearestDayItExisted(q.lifetime(body), date);
            status.say(Texts.format("status.movedDate", Period.format(then), body.name(), AsOf.describe(body, date)));
            moveTo(new View(now.data(), body, then));
        } else {
            moveTo(now.withSelected(body));
        }
    }

    /** Follows a link to a body by id (see {@link #reveal}). */
    public void go(String id) {
        find(id).ifPresent(this::reveal);
    }

    /** Back to the body selected before this one, on the date it was seen (Alt+Left). */
    public void goBack() {
        travel(back, forward);
    }

    /** Undoes a {@link #goBack()} (Alt+Right). */
    public void goForward() {
        travel(forward, back);
    }

    /** A dataset opened: keep the selected body if it has one of that id, on {@code date}; a new history starts. */
    void datasetOpened(OpenDataset data, LocalDate date) {
        String previous = view.get().selectedId();
        Optional<Body> keep = previous == null ? Optional.empty() : data.dataset().body(previous);
        DatasetQueries q = data.queries();
        back.clear();
        forward.clear();
        updateFlags();
        view.set(new View(data, keep.orElse(q.roots().isEmpty() ? null : q.roots().get(0)), date));
    }

    private void moveTo(View next) {
        View now = view.get();
        if (now.selected() != null && !now.selected().id().equals(next.selectedId())) {
            push(back, new Visit(now.selected().id(), now.asOf()));
            forward.clear();
            updateFlags();
        }
        view.set(next);
    }

    private void travel(Deque<Visit> from, Deque<Visit> to) {
        View now = view.get();
        while (now.data() != null && !from.isEmpty()) {
            Visit visit = from.pop();
            Optional<Body> target = now.data().dataset().body(visit.id());
            if (target.isPresent()) {
                if (now.selected() != null) {
                    push(to, new Visit(now.selected().id(), now.asOf()));
                }
                view.set(new View(now.data(), target.get(), visit.date() == null ? now.asOf() : visit.date()));
                break;
            }
        }
        updateFlags();
    }

    private Optional<Body> find(String id) {
        View now = view.get();
        return now.data() == null || id == null ? Optional.empty() : now.data().dataset().body(id);
    }

    private static void push(Deque<Visit> stack, Visit visit) {
        if (!visit.equals(stack.peek())) {
            stack.push(visit);
        }
        while (stack.size() > HISTORY_LIMIT) {
            stack.removeLast();
        }
    }

    private void updateFlags() {
        canGoBack.set(!back.isEmpty());
        canGoForward.set(!forward.isEmpty());
    }
}
