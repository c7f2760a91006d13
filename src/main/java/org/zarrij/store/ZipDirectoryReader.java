package org.zarrij.store;

import static org.zarrij.store.ZipFormat.CENTRAL_HEADER_SIGNATURE;
import static org.zarrij.store.ZipFormat.CENTRAL_HEADER_SIZE;
import static org.zarrij.store.ZipFormat.END_SIGNATURE;
import static org.zarrij.store.ZipFormat.END_SIZE;
import static org.zarrij.store.ZipFormat.FLAG_UTF8;
import static org.zarrij.store.ZipFormat.MAX_COMMENT;
import static org.zarrij.store.ZipFormat.ZIP64_END_SIGNATURE;
import static org.zarrij.store.ZipFormat.ZIP64_END_SIZE;
import static org.zarrij.store.ZipFormat.ZIP64_EXTRA_ID;
import static org.zarrij.store.ZipFormat.ZIP64_LOCATOR_SIGNATURE;
import static org.zarrij.store.ZipFormat.ZIP64_LOCATOR_SIZE;
import static org.zarrij.store.ZipFormat.ZIP64_MARK_32;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentSkipListMap;
import org.zarrij.StoreException;

/**
 * Reads a zip file's central directory (end record, zip64 end record, central headers) without touching the
 * entries' data, so that a store can then read any byte range of any entry directly.
 */
final class ZipDirectoryReader {
    /** Names without the UTF-8 flag are IBM code page 437, as the format (and Python's zipfile) says. */
    private static final Charset LEGACY_NAMES =
            Charset.isSupported("IBM437") ? Charset.forName("IBM437") : StandardCharsets.ISO_8859_1;

    /** The entries by name (the last of duplicates wins) and where entry data must end. */
    record Directory(ConcurrentSkipListMap<String, ZipEntryInfo> entries, long dataLimit) {
    }

    private final FileChannel channel;
    private final Path file;

    private ZipDirectoryReader(FileChannel channel, Path file) {
        this.channel = channel;
        this.file = file;
    }

    /** Reads the directory of {@code file}, open as {@code channel}; throws naming the file when it is not a zip. */
    static Directory read(FileChannel channel, Path file) throws IOException {
        return new ZipDirectoryReader(channel, file).read();
    }

    private Directory read() throws IOException {
        long fileSize = channel.size();
        if (fileSize < END_SIZE) {
            throw notZip("it has only " + fileSize + " bytes");
        }
        long end = findEndRecord(fileSize);
        ByteBuffer record = readAt(end, END_SIZE);
        long directorySize = Integer.toUnsignedLong(record.getInt(12));
        long directoryOffset = Integer.toUnsignedLong(record.getInt(16));
        long directoryLimit = end;

        if (end >= ZIP64_LOCATOR_SIZE) {
            ByteBuffer locator = readAt(end - ZIP64_LOCATOR_SIZE, ZIP64_LOCATOR_SIZE);
            if (locator.getInt(0) == ZIP64_LOCATOR_SIGNATURE) {
                long zip64End = locator.getLong(8);
                if (zip64End < 0 || zip64End > end - ZIP64_LOCATOR_SIZE - ZIP64_END_SIZE) {
                    throw corrupt("the zip64 end record offset " + zip64End + " lies outside the file");
                }
                ByteBuffer zip64 = readAt(zip64End, ZIP64_END_SIZE);
                if (zip64.getInt(0) != ZIP64_END_SIGNATURE) {
                    throw corrupt("no zip64 end record at offset " + zip64End);
                }
                directorySize = zip64.getLong(40);
                directoryOffset = zip64.getLong(48);
                directoryLimit = zip64End;
            }
        }
        if (directoryOffset < 0 || directorySize < 0 || directoryOffset > directoryLimit
                || directorySize > directoryLimit - directoryOffset) {
            throw corrupt("the central directory (" + directorySize + " bytes at offset " + directoryOffset
                    + ") does not fit before the end record at offset " + directoryLimit + " (truncated?)");
        }
        if (directorySize > ByteRange.MAX_ARRAY_LENGTH) {
            throw corrupt("the central directory is too large (" + directorySize + " bytes)");
        }
        ByteBuffer directory = readAt(directoryOffset, (int) directorySize);
        return new Directory(parseEntries(directory, directoryOffset), directoryOffset);
    }

    /** The offset of the end of central directory record, searched backwards over a possible comment. */
    private long findEndRecord(long fileSize) throws IOException {
        int tailLength = (int) Math.min(fileSize, END_SIZE + MAX_COMMENT);
        long tailStart = fileSize - tailLength;
        ByteBuffer tail = readAt(tailStart, tailLength);
        for (int i = tailLength - END_SIZE; i >= 0; i--) {
            if (tail.getInt(i) == END_SIGNATURE) {
                int commentLength = Short.toUnsignedInt(tail.getShort(i + 20));
                if (i + END_SIZE + commentLength <= tailLength) {
                    return tailStart + i;
                }
            }
        }
        throw notZip("it has no end of central directory record (truncated, or not a zip file)");
    }

    private ConcurrentSkipListMap<String, ZipEntryInfo> parseEntries(ByteBuffer directory, long directoryOffset) {
        ConcurrentSkipListMap<String, ZipEntryInfo> entries = new ConcurrentSkipListMap<>();
        // Walk by bytes, not by the 16-bit entry count, which some writers let overflow.
        int p = 0;
        int limit = directory.limit();
        while (p < limit) {
            if (limit - p < CENTRAL_HEADER_SIZE || directory.getInt(p) != CENTRAL_HEADER_SIGNATURE) {
                throw corrupt("no central directory header at offset " + (directoryOffset + p));
            }
            int flags = Short.toUnsignedInt(directory.getShort(p + 8));
            int method = Short.toUnsignedInt(directory.getShort(p + 10));
            long crc = Integer.toUnsignedLong(directory.getInt(p + 16));
            long compressedSize = Integer.toUnsignedLong(directory.getInt(p + 20));
            long size = Integer.toUnsignedLong(directory.getInt(p + 24));
            int nameLength = Short.toUnsignedInt(directory.getShort(p + 28));
            int extraLength = Short.toUnsignedInt(directory.getShort(p + 30));
            int commentLength = Short.toUnsignedInt(directory.getShort(p + 32));
            long localHeaderOffset = Integer.toUnsignedLong(directory.getInt(p + 42));
            int next = p + CENTRAL_HEADER_SIZE + nameLength + extraLength + commentLength;
            if (next > limit || next < p) {
                throw corrupt("the central directory header at offset " + (directoryOffset + p)
                        + " runs past the end of the central directory");
            }
            byte[] nameBytes = new byte[nameLength];
            directory.get(p + CENTRAL_HEADER_SIZE, nameBytes);
            String name = new String(nameBytes, (flags & FLAG_UTF8) != 0 ? StandardCharsets.UTF_8 : LEGACY_NAMES);

            if (size == ZIP64_MARK_32 || compressedSize == ZIP64_MARK_32 || localHeaderOffset == ZIP64_MARK_32) {
                long[] fields = {size, compressedSize, localHeaderOffset};
                readZip64Extra(directory, p + CENTRAL_HEADER_SIZE + nameLength, extraLength, fields, name);
                size = fields[0];
                compressedSize = fields[1];
                localHeaderOffset = fields[2];
            }
            if (localHeaderOffset >= directoryOffset) {
                throw corrupt("entry '" + name + "' claims a local header at offset " + localHeaderOffset
                        + ", inside or after the central directory at " + directoryOffset);
            }
            if (isKey(name)) {
                entries.put(name, new ZipEntryInfo(name, method, flags, crc, compressedSize, size,
                        localHeaderOffset, -1));
            }
            p = next;
        }
        return entries;
    }

    /** Replaces each field of {@code fields} (size, compressed size, offset) marked 0xFFFFFFFF by its zip64 value. */
    private void readZip64Extra(ByteBuffer directory, int start, int length, long[] fields, String name) {
        int end = start + length;
        for (int p = start; p + 4 <= end; ) {
            int id = Short.toUnsignedInt(directory.getShort(p));
            int dataLength = Short.toUnsignedInt(directory.getShort(p + 2));
            int dataStart = p + 4;
            if (dataStart + dataLength > end) {
                break;
            }
            if (id == ZIP64_EXTRA_ID) {
                int q = dataStart;
                for (int i = 0; i < fields.length; i++) {
                    if (fields[i] != ZIP64_MARK_32) {
                        continue;
                    }
                    if (q + 8 > dataStart + dataLength) {
                        throw corrupt("the zip64 extra field of entry '" + name + "' is too short");
                    }
                    fields[i] = directory.getLong(q);
                    if (fields[i] < 0) {
                        throw corrupt("entry '" + name + "' has a negative zip64 size or offset");
                    }
                    q += 8;
                }
                return;
            }
            p = dataStart + dataLength;
        }
        throw corrupt("entry '" + name + "' needs a zip64 extra field but has none");
    }

    /** Folders and names that could not be store keys (absolute, "..", backslashes) are not keys. */
    private static boolean isKey(String name) {
        if (name.isEmpty() || name.endsWith("/")) {
            return false;
        }
        try {
            StoreKeys.validate(name);
            return true;
        } catch (StoreException e) {
            return false;
        }
    }

    private ByteBuffer readAt(long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        long p = position;
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer, p);
            if (n < 0) {
                throw corrupt("it ends at " + p + " where " + length + " bytes from " + position + " were expected");
            }
            p += n;
        }
        buffer.flip();
        return buffer;
    }

    private StoreException notZip(String why) {
        return new StoreException("cannot read zip file " + file + ": " + why);
    }

    private StoreException corrupt(String why) {
        return new StoreException("corrupt zip file " + file + ": " + why);
    }
}
