package org.zarrij.store;

import java.net.URI;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zarrij.StoreException;

/** Opens the right store for a location given by a user: a folder, a {@code file:} URI or a {@code .zip} file. */
public final class Stores {
    /** A URI scheme: two or more characters, so that Windows drive letters ("C:\...") stay paths. */
    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]+):");

    private Stores() {
    }

    /**
     * Opens {@code uriOrPath}: a path or {@code file:} URI naming a folder gives a {@link FileSystemStore}
     * (created when missing and {@code writable}); a name ending in {@code .zip} that is not a folder gives a
     * {@link ZipStore}, read when it exists or {@code writable} is false, else written anew (see
     * {@link ZipStore#create}). Other schemes are not supported yet.
     */
    public static Store open(String uriOrPath, boolean writable) {
        if (uriOrPath == null || uriOrPath.isBlank()) {
            throw new StoreException("cannot open a store at '" + uriOrPath + "': expected a path or URI");
        }
        Path path = toPath(uriOrPath);
        boolean zipName = path.getFileName() != null
                && path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip");
        if (zipName && !Files.isDirectory(path)) {
            if (writable && !Files.exists(path)) {
                return ZipStore.create(path);
            }
            return ZipStore.open(path);
        }
        return new FileSystemStore(path, !writable);
    }

    private static Path toPath(String uriOrPath) {
        Matcher scheme = SCHEME.matcher(uriOrPath);
        try {
            if (!scheme.find()) {
                return Path.of(uriOrPath);
            }
            String name = scheme.group(1).toLowerCase(Locale.ROOT);
            if (!name.equals("file")) {
                throw new StoreException("cannot open '" + uriOrPath + "': unsupported URI scheme '" + name
                        + "' (supported: file paths, file:, .zip)");
            }
            return Path.of(URI.create(uriOrPath));
        } catch (IllegalArgumentException | FileSystemNotFoundException e) { // includes InvalidPathException
            throw new StoreException("cannot open '" + uriOrPath + "': not a valid path or file: URI ("
                    + e.getMessage() + ")", e);
        }
    }
}
