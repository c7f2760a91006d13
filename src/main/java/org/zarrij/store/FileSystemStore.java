package org.zarrij.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongFunction;
import java.util.regex.Pattern;
import org.zarrij.StoreException;

/**
 * A store whose keys are files below a root folder: key {@code "a/b/c"} is the file {@code root/a/b/c}.
 *
 * <p>No key can reach outside the root: keys are validated by {@link StoreKeys} and the real path of every
 * folder (and symbolic link) a key goes through must lie inside the real root. Writes go to a temporary file
 * in the target folder that is then renamed over the target, so readers see the old or the new value, never a
 * part. Safe for concurrent use: the only shared state is a cache of folders already checked.
 */
public final class FileSystemStore implements Store {
    /** Our temporary files: ".{name}.{16 hex digits}.tmp". Listing hides them. */
    private static final Pattern TEMP_FILE = Pattern.compile("\\..*\\.[0-9a-f]{16}\\.tmp");
    private static final int MAX_NAME_IN_TEMP_FILE = 100;
    /** Bounds the memory of the folder cache; past it the cache simply starts over. */
    private static final int MAX_CHECKED_FOLDERS = 100_000;

    private final Path root;
    private final Path realRoot;
    private final boolean readOnly;
    // Folders (lexical paths below root) whose real path was found inside the real root.
    private final Set<Path> checkedFolders = ConcurrentHashMap.newKeySet();

    /**
     * Opens the store rooted at {@code root}. A writable store creates the root when missing; a read-only
     * store requires it to exist.
     */
    public FileSystemStore(Path root, boolean readOnly) {
        this.root = root.toAbsolutePath().normalize();
        this.readOnly = readOnly;
        if (!readOnly) {
            try {
                Files.createDirectories(this.root);
            } catch (IOException e) {
                throw new StoreException("cannot create store folder " + this.root + ": " + e.getMessage(), e);
            }
        }
        if (!Files.isDirectory(this.root)) {
            throw new StoreException("store folder " + this.root
                    + (Files.exists(this.root) ? " is not a folder" : " does not exist"));
        }
        try {
            this.realRoot = this.root.toRealPath();
        } catch (IOException e) {
            throw new StoreException("cannot resolve store folder " + this.root + ": " + e.getMessage(), e);
        }
    }

    /** A writable store rooted at {@code root} (created when missing). */
    public FileSystemStore(Path root) {
        this(root, false);
    }

    /** A read-only store over the existing folder {@code root}. */
    public static FileSystemStore readOnly(Path root) {
        return new FileSystemStore(root, true);
    }

    /** The root folder, as given (absolute and normalized, not resolved through links). */
    public Path root() {
        return root;
    }

    @Override
    public Optional<byte[]> get(String key) {
        return read(key, size -> ByteRange.whole(key, size));
    }

    @Override
    public Optional<byte[]> getRange(String key, long offset, long length) {
        ByteRange.checkRange(key, offset, length);
        return read(key, size -> ByteRange.of(key, offset, length, size));
    }

    @Override
    public Optional<byte[]> getSuffix(String key, long length) {
        ByteRange.checkSuffix(key, length);
        return read(key, size -> ByteRange.suffix(key, length, size));
    }

    @Override
    public void set(String key, byte[] value) {
        requireWritable("set", key);
        Objects.requireNonNull(value, "value");
        Path file = resolve(key);
        Path folder = file.getParent();
        for (int attempt = 0; ; attempt++) {
            createFolder(key, folder);
            Path temp = folder.resolve(tempName(file.getFileName().toString()));
            try {
                // CREATE_NEW never follows a link planted at the temporary name.
                Files.write(temp, value, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                replace(temp, file);
                return;
            } catch (NoSuchFileException e) {
                deleteQuietly(temp);
                if (attempt > 0 || Files.isDirectory(folder)) {
                    throw new StoreException("cannot set key '" + key + "' in " + root + ": " + e, e);
                }
                checkedFolders.clear(); // the folder was removed behind our back: create it again
            } catch (IOException e) {
                deleteQuietly(temp);
                if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                    throw new StoreException("cannot set key '" + key + "' in " + root
                            + ": a folder of that name exists", e);
                }
                throw new StoreException("cannot set key '" + key + "' in " + root + ": " + e, e);
            } catch (RuntimeException | Error e) {
                deleteQuietly(temp);
                throw e;
            }
        }
    }

    private void createFolder(String key, Path folder) {
        if (folderInside(key, folder)) {
            return;
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new StoreException("cannot set key '" + key + "' in " + root + ": cannot create folder "
                    + folder + ": " + e, e);
        }
        if (!folderInside(key, folder)) {
            throw new StoreException("cannot set key '" + key + "' in " + root + ": " + folder + " is not a folder");
        }
    }

    @Override
    public void delete(String key) {
        requireWritable("delete", key);
        Path file = resolve(key);
        if (!folderInside(key, file.getParent())) {
            return;
        }
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            if (attributes.isDirectory()) {
                return; // a folder is not a key; deleting it is not ours to do
            }
            Files.deleteIfExists(file); // removes a link itself, never its target
        } catch (NoSuchFileException e) {
            // already gone
        } catch (IOException e) {
            throw new StoreException("cannot delete key '" + key + "' in " + root + ": " + e, e);
        }
    }

    @Override
    public List<String> list(String prefix) {
        String folder = StoreKeys.validatePrefix(prefix);
        Path start = folder.isEmpty() ? root : root.resolve(folder);
        if (!folder.isEmpty() && !folderInside(folder, start)) {
            return List.of();
        }
        List<String> keys = new ArrayList<>();
        try {
            Files.walkFileTree(start, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new KeyCollector(start, keys));
        } catch (IOException e) {
            throw new StoreException("cannot list '" + folder + "' in " + root + ": " + e, e);
        }
        Collections.sort(keys);
        return keys;
    }

    @Override
    public List<String> listChildren(String prefix) {
        String folder = StoreKeys.validatePrefix(prefix);
        Path dir = folder.isEmpty() ? root : root.resolve(folder);
        if (!folder.isEmpty() && !folderInside(folder, dir)) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> children = Files.newDirectoryStream(dir)) {
            for (Path child : children) {
                String name = child.getFileName().toString();
                if (isListable(name)) {
                    names.add(name);
                }
            }
        } catch (NoSuchFileException | NotDirectoryException e) {
            return List.of();
        } catch (IOException e) {
            throw new StoreException("cannot list '" + folder + "' in " + root + ": " + e, e);
        }
        Collections.sort(names);
        return names;
    }

    @Override
    public boolean exists(String key) {
        Path file = resolve(key);
        if (!folderInside(key, file.getParent())) {
            return false;
        }
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return false;
        }
        if (attributes.isSymbolicLink()) {
            Path target = linkTarget(key, file);
            return target != null && Files.isRegularFile(target);
        }
        return attributes.isRegularFile();
    }

    @Override
    public StoreCapabilities capabilities() {
        return readOnly ? StoreCapabilities.READ_ONLY : StoreCapabilities.ALL;
    }

    @Override
    public String describe() {
        return root.toString();
    }

    @Override
    public String toString() {
        return "FileSystemStore[" + root + (readOnly ? ", read-only]" : "]");
    }

    private Optional<byte[]> read(String key, LongFunction<ByteRange> rangeOfSize) {
        Path file = resolve(key);
        if (!folderInside(key, file.getParent())) {
            return Optional.empty();
        }
        FileChannel channel = openForReading(key, file);
        if (channel == null) {
            return Optional.empty();
        }
        try (channel) {
            ByteRange range = rangeOfSize.apply(channel.size());
            // A folder opens fine on some systems but cannot be read; an empty read would not notice.
            if (range.length() == 0 && !Files.isRegularFile(file)) {
                return Optional.empty();
            }
            return Optional.of(readFully(channel, range));
        } catch (IOException e) {
            if (Files.isDirectory(file)) {
                return Optional.empty();
            }
            throw new StoreException("cannot read key '" + key + "' from " + root + ": " + e, e);
        }
    }

    /** Opens {@code file}, or returns null when there is no such key (missing, a folder, a dangling link). */
    private FileChannel openForReading(String key, Path file) {
        try {
            // NOFOLLOW_LINKS: the common case (a plain file) costs no extra path resolution.
            return FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            if (Files.isSymbolicLink(file)) {
                Path target = linkTarget(key, file);
                if (target == null) {
                    return null;
                }
                try {
                    return FileChannel.open(target, StandardOpenOption.READ);
                } catch (IOException again) {
                    if (!Files.isRegularFile(target)) {
                        return null;
                    }
                    throw new StoreException("cannot read key '" + key + "' from " + root + ": " + again, again);
                }
            }
            if (!Files.isRegularFile(file)) {
                return null; // a folder, or a path below a file
            }
            throw new StoreException("cannot read key '" + key + "' from " + root + ": " + e, e);
        }
    }

    private static byte[] readFully(FileChannel channel, ByteRange range) throws IOException {
        byte[] bytes = new byte[range.length()];
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        long position = range.start();
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer, position);
            if (n < 0) {
                // Only an outside writer truncating the file in place gets here; hand out what exists.
                return Arrays.copyOf(bytes, buffer.position());
            }
            position += n;
        }
        return bytes;
    }

    /** The real path of link {@code file}, checked to be inside the root; null when it dangles. */
    private Path linkTarget(String key, Path file) {
        Path target;
        try {
            target = file.toRealPath();
        } catch (IOException e) {
            return null;
        }
        if (!target.startsWith(realRoot)) {
            throw escapes(key);
        }
        return target;
    }

    /**
     * True when {@code folder} (a path below the root) is an existing folder whose real path is inside the
     * root; false when it does not exist. Throws when it, or its nearest existing ancestor, leads outside.
     */
    private boolean folderInside(String key, Path folder) {
        if (folder.equals(root) || checkedFolders.contains(folder)) {
            return true;
        }
        Path real;
        try {
            real = folder.toRealPath();
        } catch (IOException e) {
            // Missing (or below a file): still refuse keys that would lead outside once created.
            checkNearestExistingAncestor(key, folder.getParent());
            return false;
        }
        if (!real.startsWith(realRoot)) {
            throw escapes(key);
        }
        if (!Files.isDirectory(real)) {
            return false;
        }
        if (checkedFolders.size() >= MAX_CHECKED_FOLDERS) {
            checkedFolders.clear();
        }
        checkedFolders.add(folder);
        return true;
    }

    private void checkNearestExistingAncestor(String key, Path folder) {
        for (Path p = folder; p != null && p.startsWith(root) && !p.equals(root); p = p.getParent()) {
            if (checkedFolders.contains(p)) {
                return;
            }
            Path real;
            try {
                real = p.toRealPath();
            } catch (IOException e) {
                continue;
            }
            if (!real.startsWith(realRoot)) {
                throw escapes(key);
            }
            return;
        }
    }

    private Path resolve(String key) {
        return root.resolve(StoreKeys.validate(key));
    }

    private StoreException escapes(String key) {
        return new StoreException("key '" + key + "' leads outside the store folder " + root
                + " (through a symbolic link); refusing it");
    }

    private void requireWritable(String operation, String key) {
        if (readOnly) {
            throw new StoreException("cannot " + operation + " key '" + key + "': store " + root + " is read-only");
        }
    }

    private static void replace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Some network file systems cannot rename atomically; a plain replace is the best they offer.
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String tempName(String name) {
        String shortName = name.length() > MAX_NAME_IN_TEMP_FILE ? name.substring(0, MAX_NAME_IN_TEMP_FILE) : name;
        return "." + shortName + "." + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong()) + ".tmp";
    }

    /** Hides our temporary files, and names no key could ever address. */
    private static boolean isListable(String name) {
        return name.indexOf('\\') < 0 && !TEMP_FILE.matcher(name).matches();
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // best effort: the caller reports the original failure
        }
    }

    /** Collects the keys below a folder; follows links to folders only while they stay inside the root. */
    private final class KeyCollector extends SimpleFileVisitor<Path> {
        private final Path start;
        private final List<String> keys;

        KeyCollector(Path start, List<String> keys) {
            this.start = start;
            this.keys = keys;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
            if (dir.equals(start)) {
                return FileVisitResult.CONTINUE;
            }
            if (!isListable(dir.getFileName().toString())
                    || Files.isSymbolicLink(dir) && !dir.toRealPath().startsWith(realRoot)) {
                return FileVisitResult.SKIP_SUBTREE;
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
            if (attributes.isRegularFile() && isListable(file.getFileName().toString())) {
                keys.add(keyOf(file));
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
            if (e instanceof NoSuchFileException || e instanceof FileSystemLoopException) {
                return FileVisitResult.CONTINUE; // removed while listing, or a link cycle
            }
            throw e;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
            if (e != null && !(e instanceof NoSuchFileException)) {
                throw e;
            }
            return FileVisitResult.CONTINUE;
        }

        private String keyOf(Path file) {
            Path relative = root.relativize(file);
            StringBuilder key = new StringBuilder();
            for (Path part : relative) {
                if (key.length() > 0) {
                    key.append('/');
                }
                key.append(part);
            }
            return key.toString();
        }
    }
}
