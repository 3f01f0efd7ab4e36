package org.commissioningexplorer.core.data;

import java.io.IOException;
import java.io.InputStream;

/** How {@link DatasetLoader} opens the main file and the files it includes, and how it names them in messages. */
interface DatasetFiles {

    InputStream open(String relative) throws IOException;

    String name(String relative);

    /** True when {@code relative} names a folder, which cannot be read as a file. */
    boolean isFolder(String relative);

    /**
     * Why the file must not be read, or null: it is not a regular file (a device, FIFO or socket), it is larger
     * than {@link JsonFileParser#MAX_FILE_BYTES}, or (for an included file) it leads out of the dataset's
     * folder through a link.
     */
    default String refusal(String relative, boolean included) {
        return null;
    }

    /** What is at {@code file} in the documents folder; the text of {@code file} is already checked. */
    DocumentSafety.Check checkDocument(String file);
}
