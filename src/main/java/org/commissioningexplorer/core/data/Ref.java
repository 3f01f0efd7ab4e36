package org.commissioningexplorer.core.data;

/** A reference to check once every file is read: the id or file named, where, and what names it. */
record Ref(String id, Position at, String what) {
}
