package org.zarrij.store;

import static org.zarrij.store.ZipFormat.FLAG_ENCRYPTED;
import static org.zarrij.store.ZipFormat.LOCAL_HEADER_SIGNATURE;
import static org.zarrij.store.ZipFormat.LOCAL_HEADER_SIZE;
import static org.zarrij.store.ZipFormat.METHOD_DEFLATED;
import static org.zarrij.store.ZipFormat.METHOD_STORED;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.AsynchronousCloseException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongFunction;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.zarrij.StoreException;

/**
 * A store inside one zip file, whose entry names are the keys (as zarr-python's ZipStore writes them).
 *
 * <p>Reading never extracts: the central directory is parsed once, and each read goes straight to the entry's
 * bytes with positional reads, so a range of a STORED entry (the usual case: chunks are compressed already)
 * reads only that range. DEFLATED entries are inflated up to the end of the range. Safe for concurrent reads.
 *
 * <p>Writing ({@link #create}) builds a new zip: values are appended to a temporary file next to the target
 * as they come, keys already written can be read back, setting a key again replaces it (the old bytes stay as
 * unreferenced padding), and {@link #close()} writes the central directory and renames the file into place.
 * Without {@code close()} no zip appears.
 */
public final class ZipStore implements Store {
    private static final int INFLATE_INPUT_CHUNK = 1 << 16;
    /** Deflate cannot expand data by more than about 1032:1; a larger claimed size is a lie (or a bomb). */
    private static final long MAX_DEFLATE_RATIO = 1032;

    private final Path path;
    private final Path file; // the file read: the zip itself, or the temporary file while writing
    private final ZipFileWriter writer; // null when reading
    private final boolean overwrite;
    private final ConcurrentSkipListMap<String, ZipEntryInfo> entries;
    private final long dataLimit;
    private volatile FileChannel channel;
    private volatile boolean closed;

    private ZipStore(Path path, Path file, FileChannel channel, ZipFileWriter writer, boolean overwrite,
            ConcurrentSkipListMap<String, ZipEntryInfo> entries, long dataLimit) {
        this.path = path;
        this.file = file;
        this.channel = channel;
        this.writer = writer;
        this.overwrite = overwrite;
        this.entries = entries;
        this.dataLimit = dataLimit;
    }

    /** Opens an existing zip file for reading. */
    public static ZipStore open(Path zip) {
        Path path = zip.toAbsolutePath().normalize();
        FileChannel channel;
        try {
            channel = FileChannel.open(path, StandardOpenOption.READ);
        } catch (IOException e) {
            throw new StoreException("cannot open zip file " + path + ": " + e, e);
        }
        try {
            ZipDirectoryReader.Directory directory = ZipDirectoryReader.read(channel, path);
            return new ZipStore(path, path, channel, null, false, directory.entries(), directory.dataLimit());
        } catch (IOException | RuntimeException e) {
            closeQuietly(channel);
            if (e instanceof StoreException se) {
                throw se;
            }
            throw new StoreException("cannot read zip file " + path + ": " + e, e);
        }
    }

    /** Starts a new zip file at {@code zip}, which must not exist yet. */
    public static ZipStore create(Path zip) {
        return create(zip, false);
    }

    /** Starts a new zip file at {@code zip}; an existing file is replaced on {@link #close()} only when {@code overwrite}. */
    public static ZipStore create(Path zip, boolean overwrite) {
        Path path = zip.toAbsolutePath().normalize();
        if (!overwrite && Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            throw new StoreException("cannot create zip file " + path + ": it exists already (open it for reading, "
                    + "or ask to overwrite it)");
        }
        if (Files.isDirectory(path)) {
            throw new StoreException("cannot create zip file " + path + ": it is a folder");
        }
        Path folder = path.getParent();
        Path temp = folder.resolve("." + path.getFileName() + "."
                + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong()) + ".tmp");
        FileChannel channel;
        try {
            Files.createDirectories(folder);
            channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new StoreException("cannot create zip file " + path + ": " + e, e);
        }
        return new ZipStore(path, temp, channel, new ZipFileWriter(LocalDateTime.now()), overwrite,
                new ConcurrentSkipListMap<>(), Long.MAX_VALUE);
    }

    /** The zip file (the target, while writing). */
    public Path path() {
        return path;
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
        StoreKeys.validate(key);
        ZipFileWriter.checkName(key);
        synchronized (writer) {
            requireOpen();
            try {
                entries.put(key, writer.append(channel(), key, value));
            } catch (ClosedByInterruptException e) {
                throw new StoreException("writing key '" + key + "' to zip file " + path + " was interrupted", e);
            } catch (IOException e) {
                throw new StoreException("cannot write key '" + key + "' to zip file " + path + ": " + e, e);
            }
        }
    }

    @Override
    public void delete(String key) {
        requireWritable("delete", key);
        StoreKeys.validate(key);
        synchronized (writer) {
            requireOpen();
            entries.remove(key); // its bytes stay in the file, referenced by nothing
        }
    }

    @Override
    public List<String> list(String prefix) {
        requireOpen();
        return SortedKeys.inFolder(entries.keySet(), StoreKeys.validatePrefix(prefix));
    }

    @Override
    public boolean exists(String key) {
        requireOpen();
        return entries.containsKey(StoreKeys.validate(key));
    }

    @Override
    public StoreCapabilities capabilities() {
        return writer == null ? StoreCapabilities.READ_ONLY : StoreCapabilities.ALL;
    }

    @Override
    public String describe() {
        return path.toString();
    }

    @Override
    public String toString() {
        return "ZipStore[" + path + (writer == null ? ", read]" : ", write]");
    }

    /** Finishes a zip being written (central directory, then rename into place); releases the file. */
    @Override
    public void close() {
        if (writer == null) {
            synchronized (this) {
                closed = true;
                closeQuietly(channel);
            }
            return;
        }
        synchronized (writer) {
            if (closed) {
                return;
            }
            closed = true;
            try {
                List<ZipEntryInfo> live = new ArrayList<>(entries.values());
                live.sort(Comparator.comparingLong(e -> e.localHeaderOffset));
                FileChannel c = channel();
                writer.finish(c, live);
                c.force(true); // the rename below must not publish a file whose bytes are not on disk
                c.close();
                moveIntoPlace();
            } catch (IOException | RuntimeException e) {
                closeQuietly(channel);
                deleteQuietly(file);
                if (e instanceof StoreException se) {
                    throw se;
                }
                throw new StoreException("cannot finish zip file " + path + ": " + e, e);
            }
        }
    }

    private void moveIntoPlace() throws IOException {
        if (!overwrite && Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            deleteQuietly(file);
            throw new StoreException("cannot finish zip file " + path
                    + ": a file of that name appeared while it was being written; not overwriting it");
        }
        try {
            Files.move(file, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(file, path, StandardCopyOption.REPLACE_EXISTING);
        } catch (FileAlreadyExistsException e) {
            throw new StoreException("cannot finish zip file " + path + ": it exists already", e);
        }
    }

    private Optional<byte[]> read(String key, LongFunction<ByteRange> rangeOfSize) {
        StoreKeys.validate(key);
        requireOpen();
        ZipEntryInfo entry = entries.get(key);
        if (entry == null) {
            return Optional.empty();
        }
        if ((entry.flags & FLAG_ENCRYPTED) != 0) {
            throw new StoreException("cannot read key '" + key + "' from zip file " + path
                    + ": the entry is encrypted (not supported)");
        }
        ByteRange range = rangeOfSize.apply(entry.size);
        boolean whole = range.start() == 0 && range.length() == entry.size;
        try {
            byte[] bytes;
            if (entry.method == METHOD_STORED) {
                if (entry.compressedSize != entry.size) {
                    throw corrupt("stored entry '" + key + "' has compressed size " + entry.compressedSize
                            + " but size " + entry.size);
                }
                bytes = readAt(dataOffset(entry) + range.start(), range.length());
            } else if (entry.method == METHOD_DEFLATED) {
                if (range.length() == 0) {
                    bytes = new byte[0];
                } else {
                    byte[] head = inflate(entry, (int) range.end());
                    bytes = range.start() == 0 ? head : Arrays.copyOfRange(head, (int) range.start(), head.length);
                }
            } else {
                throw new StoreException("cannot read key '" + key + "' from zip file " + path
                        + ": compression method " + entry.method + " is not supported (expected 0 = stored or 8 = deflated)");
            }
            if (whole) {
                checkCrc(entry, bytes);
            }
            return Optional.of(bytes);
        } catch (ClosedByInterruptException e) {
            throw new StoreException("reading key '" + key + "' from zip file " + path + " was interrupted", e);
        } catch (AsynchronousCloseException e) {
            // Another thread was interrupted mid-read and took the shared channel down; read again.
            return read(key, rangeOfSize);
        } catch (ClosedChannelException e) {
            throw new StoreException("zip store " + path + " is closed", e);
        } catch (IOException e) {
            throw new StoreException("cannot read key '" + key + "' from zip file " + path + ": " + e, e);
        }
    }

    /** Where the data of {@code entry} starts, read once from its local header. */
    private long dataOffset(ZipEntryInfo entry) throws IOException {
        long offset = entry.dataOffset();
        if (offset >= 0) {
            return offset;
        }
        if (entry.localHeaderOffset > dataLimit - LOCAL_HEADER_SIZE) {
            throw corrupt("the local header of entry '" + entry.name + "' at offset " + entry.localHeaderOffset
                    + " runs into the central directory");
        }
        ByteBuffer header = ByteBuffer.wrap(readAt(entry.localHeaderOffset, LOCAL_HEADER_SIZE))
                .order(ByteOrder.LITTLE_ENDIAN);
        if (header.getInt(0) != LOCAL_HEADER_SIGNATURE) {
            throw corrupt("no local header for entry '" + entry.name + "' at offset " + entry.localHeaderOffset);
        }
        int nameLength = Short.toUnsignedInt(header.getShort(26));
        int extraLength = Short.toUnsignedInt(header.getShort(28));
        offset = entry.localHeaderOffset + LOCAL_HEADER_SIZE + nameLength + extraLength;
        if (offset > dataLimit || entry.compressedSize > dataLimit - offset) {
            throw corrupt("the data of entry '" + entry.name + "' (" + entry.compressedSize + " bytes at offset "
                    + offset + ") runs into the central directory at " + dataLimit);
        }
        entry.dataOffset(offset);
        return offset;
    }

    /** The first {@code want} bytes of a DEFLATED entry, never inflating more than that. */
    private byte[] inflate(ZipEntryInfo entry, int want) throws IOException {
        if (entry.size > entry.compressedSize * MAX_DEFLATE_RATIO + 1024) {
            throw corrupt("entry '" + entry.name + "' claims " + entry.size + " bytes from " + entry.compressedSize
                    + " compressed bytes, more than deflate can produce");
        }
        long position = dataOffset(entry);
        long end = position + entry.compressedSize;
        byte[] out = new byte[want];
        byte[] in = new byte[(int) Math.max(1, Math.min(INFLATE_INPUT_CHUNK, entry.compressedSize))];
        Inflater inflater = new Inflater(true);
        try {
            int produced = 0;
            boolean padded = false;
            while (produced < want && !inflater.finished()) {
                if (inflater.needsInput()) {
                    if (position < end) {
                        int n = (int) Math.min(in.length, end - position);
                        readFullyAt(in, n, position);
                        position += n;
                        inflater.setInput(in, 0, n);
                    } else if (!padded) {
                        // Raw inflate may want one byte past the data to see the end (java.util.zip does this too).
                        inflater.setInput(new byte[1]);
                        padded = true;
                    } else {
                        throw corrupt("the compressed data of entry '" + entry.name + "' ends before "
                                + entry.size + " bytes were inflated");
                    }
                }
                int remaining = inflater.getRemaining();
                int n = inflater.inflate(out, produced, want - produced);
                produced += n;
                if (n == 0 && inflater.needsDictionary()) {
                    throw corrupt("entry '" + entry.name + "' needs a preset dictionary");
                }
                if (n == 0 && !inflater.needsInput() && !inflater.finished() && inflater.getRemaining() == remaining) {
                    throw corrupt("the compressed data of entry '" + entry.name + "' makes no progress");
                }
            }
            if (produced < want) {
                throw corrupt("entry '" + entry.name + "' inflates to " + produced + " bytes, less than its declared "
                        + entry.size);
            }
            return out;
        } catch (DataFormatException e) {
            throw corrupt("entry '" + entry.name + "' is not valid deflate data: " + e.getMessage());
        } finally {
            inflater.end();
        }
    }

    private void checkCrc(ZipEntryInfo entry, byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        if (crc.getValue() != entry.crc) {
            throw corrupt("entry '" + entry.name + "' has CRC-32 " + Long.toHexString(crc.getValue())
                    + " but the directory says " + Long.toHexString(entry.crc));
        }
    }

    private byte[] readAt(long position, int length) throws IOException {
        byte[] bytes = new byte[length];
        readFullyAt(bytes, length, position);
        return bytes;
    }

    private void readFullyAt(byte[] bytes, int length, long position) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes, 0, length);
        FileChannel c = channel();
        long p = position;
        while (buffer.hasRemaining()) {
            int n = c.read(buffer, p);
            if (n < 0) {
                throw corrupt("it ends at offset " + p + " where " + length + " bytes from offset " + position
                        + " were expected (truncated?)");
            }
            p += n;
        }
    }

    /** The shared channel; reopened when a reader's interrupt closed it (FileChannel closes on interrupt). */
    private FileChannel channel() throws IOException {
        FileChannel c = channel;
        if (c.isOpen()) {
            return c;
        }
        synchronized (this) {
            requireOpen();
            if (!channel.isOpen()) {
                channel = writer == null
                        ? FileChannel.open(file, StandardOpenOption.READ)
                        : FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
            }
            return channel;
        }
    }

    private void requireOpen() {
        if (closed) {
            throw new StoreException("zip store " + path + " is closed");
        }
    }

    private void requireWritable(String operation, String key) {
        if (writer == null) {
            throw new StoreException("cannot " + operation + " key '" + key + "': store " + path
                    + " is read-only (zip files are opened either to read or to write a new one)");
        }
    }

    private StoreException corrupt(String why) {
        return new StoreException("corrupt zip file " + path + ": " + why);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // nothing left to release
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // best effort: the caller reports the original failure
        }
    }
}
