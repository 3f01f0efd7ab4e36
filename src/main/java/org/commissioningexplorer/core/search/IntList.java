package org.commissioningexplorer.core.search;

import java.util.Arrays;

/** A growable list of ints, so that building and searching box nothing. */
final class IntList {
    private int[] a;
    private int size;

    IntList() {
        this(8);
    }

    IntList(int capacity) {
        a = new int[Math.max(8, capacity)];
    }

    void add(int v) {
        if (size == a.length) {
            a = Arrays.copyOf(a, size * 2);
        }
        a[size++] = v;
    }

    /** Adds {@code v} unless it was the last added: a body with a code twice, or a code that is its id, is listed once. */
    void addOnce(int v) {
        if (size == 0 || a[size - 1] != v) {
            add(v);
        }
    }

    int get(int i) {
        return a[i];
    }

    void set(int i, int v) {
        a[i] = v;
    }

    int size() {
        return size;
    }

    void clear() {
        size = 0;
    }

    int[] toArray() {
        return Arrays.copyOf(a, size);
    }
}
