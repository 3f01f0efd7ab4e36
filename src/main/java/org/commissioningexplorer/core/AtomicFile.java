package org.commissioningexplorer.core;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file so that a crash, a kill or a full disk leaves the old file or the new one, never half of one:
 * the bytes go to a temporary file in the same folder, are forced to disk, and the temporary file is then moved
 * over the target (atomically where the file system can, else by a plain replace).
 */
public final class AtomicFile {

    /** The last step, moving the written temporary file over the target; tests put a failing one in its place. */
    @FunctionalInterface
    public interface Mover {
        void move(Path written, Path target) throws IOException;
    }

    /** Atomic move where the file system has one, else a replacing move. */
    public static final Mover ATOMIC = (written, target) -> {
        try {
            Files.move(written, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(written, target, StandardCopyOption.REPLACE_EXISTING);
        }
    };

    private AtomicFile() {
    }

    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, bytes, ATOMIC);
    }

    /** Writes {@code bytes} to {@code target.tmp}, forces them to disk, then lets {@code mover} put them in place. */
    public static void write(Path target, byte[] bytes, Mover mover) throws IOException {
        Path tmp = temporaryFor(target);
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                ch.write(buffer);
            }
            ch.force(true);
        }
        mover.move(tmp, target);
    }

    /** The temporary file a write of {@code target} goes through: {@code notes.json.tmp}. */
    public static Path temporaryFor(Path target) {
        return target.resolveSibling(target.getFileName() + ".tmp");
    }
}
