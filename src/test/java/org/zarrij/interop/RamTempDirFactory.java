package org.zarrij.interop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AnnotatedElementContext;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.io.TempDirFactory;

/**
 * Temporary folders in RAM (/dev/shm) when there is room: the interop suite creates some 16,000 small files
 * in both directions, which costs several times more on a busy disk. Falls back to the default temp folder.
 * JUnit deletes the folder afterwards as usual.
 */
final class RamTempDirFactory implements TempDirFactory {
    private static final long NEEDED_BYTES = 512L << 20;

    @Override
    public Path createTempDirectory(AnnotatedElementContext elementContext, ExtensionContext extensionContext)
            throws IOException {
        Path shm = Path.of("/dev/shm");
        try {
            if (Files.isDirectory(shm) && Files.isWritable(shm)
                    && Files.getFileStore(shm).getUsableSpace() > NEEDED_BYTES) {
                return Files.createTempDirectory(shm, "zarrij-interop");
            }
        } catch (IOException | SecurityException e) {
            // no usable RAM folder: use the default one
        }
        return Files.createTempDirectory("zarrij-interop");
    }
}
