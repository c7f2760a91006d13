package org.zarrij.store;

import java.net.URI;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zarrij.StoreException;

/**
 * Opens the right store for a location given by a user: a folder, a {@code file:} URI, a {@code .zip} file, an
 * {@code http://} or {@code https://} URL (read-only) or an {@code s3://bucket/prefix} URI.
 */
public final class Stores {
    /** A URI scheme: two or more characters, so that Windows drive letters ("C:\...") stay paths. */
    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]+):");

    private Stores() {
    }

    /**
     * Opens {@code uriOrPath}: a path or {@code file:} URI naming a folder gives a {@link FileSystemStore}
     * (created when missing and {@code writable}); a name ending in {@code .zip} that is not a folder gives a
     * {@link ZipStore}, read when it exists or {@code writable} is false, else written anew (see
     * {@link ZipStore#create}). {@code http(s)://} gives a read-only {@link HttpStore} (options from system
     * properties, see {@link HttpOptions#fromSystemProperties}) and {@code s3://} an {@link S3Store} (options in
     * the URI's query, see {@link S3Options}); both are wrapped in a {@link MetadataCachingStore}, so metadata
     * documents are fetched once per store.
     */
    public static Store open(String uriOrPath, boolean writable) {
        if (uriOrPath == null || uriOrPath.isBlank()) {
            throw new StoreException("cannot open a store at '" + uriOrPath + "': expected a path or URI");
        }
        Matcher remote = SCHEME.matcher(uriOrPath);
        if (remote.find()) {
            String name = remote.group(1).toLowerCase(Locale.ROOT);
            if (name.equals("http") || name.equals("https")) {
                URI uri = parseUri(uriOrPath);
                if (writable) {
                    throw new StoreException("cannot write to " + Urls.redact(uri) + ": HTTP stores are read-only"
                            + " (write to a folder, a .zip or s3:// instead)");
                }
                return new MetadataCachingStore(new HttpStore(uri));
            }
            if (name.equals("s3")) {
                return new MetadataCachingStore(S3Store.open(uriOrPath));
            }
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

    private static URI parseUri(String text) {
        try {
            return new URI(text);
        } catch (java.net.URISyntaxException e) {
            // The text may hold a password or a signed query: neither goes into the message.
            String shown = text.replaceFirst("//[^/@]*@", "//").replaceFirst("\\?.*", "?...");
            throw new StoreException("cannot open '" + shown + "': not a valid URL (" + e.getReason() + ")");
        }
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
                        + "' (supported: file paths, file:, .zip, http:, https:, s3:)");
            }
            return Path.of(URI.create(uriOrPath));
        } catch (IllegalArgumentException | FileSystemNotFoundException e) { // includes InvalidPathException
            throw new StoreException("cannot open '" + uriOrPath + "': not a valid path or file: URI ("
                    + e.getMessage() + ")", e);
        }
    }
}
