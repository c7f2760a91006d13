package org.zarrij.store;

import static org.zarrij.store.ZipFormat.CENTRAL_HEADER_SIGNATURE;
import static org.zarrij.store.ZipFormat.CENTRAL_HEADER_SIZE;
import static org.zarrij.store.ZipFormat.END_SIGNATURE;
import static org.zarrij.store.ZipFormat.END_SIZE;
import static org.zarrij.store.ZipFormat.FLAG_UTF8;
import static org.zarrij.store.ZipFormat.LOCAL_HEADER_SIGNATURE;
import static org.zarrij.store.ZipFormat.LOCAL_HEADER_SIZE;
import static org.zarrij.store.ZipFormat.MADE_BY_UNIX;
import static org.zarrij.store.ZipFormat.METHOD_STORED;
import static org.zarrij.store.ZipFormat.UNIX_FILE_ATTRIBUTES;
import static org.zarrij.store.ZipFormat.VERSION_DEFAULT;
import static org.zarrij.store.ZipFormat.VERSION_ZIP64;
import static org.zarrij.store.ZipFormat.ZIP64_END_SIGNATURE;
import static org.zarrij.store.ZipFormat.ZIP64_END_SIZE;
import static org.zarrij.store.ZipFormat.ZIP64_EXTRA_ID;
import static org.zarrij.store.ZipFormat.ZIP64_LOCATOR_SIGNATURE;
import static org.zarrij.store.ZipFormat.ZIP64_LOCATOR_SIZE;
import static org.zarrij.store.ZipFormat.ZIP64_MARK_16;
import static org.zarrij.store.ZipFormat.ZIP64_MARK_32;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.zip.CRC32;
import org.zarrij.StoreException;

/**
 * Appends STORED entries to a new zip file as they come (chunks are compressed already, and nothing needs to
 * stay in memory), then writes the central directory for the entries still wanted, with zip64 records when
 * offsets or counts outgrow the classic fields. Not thread-safe: the store serializes calls.
 */
final class ZipFileWriter {
    private static final int DIRECTORY_BUFFER = 1 << 16;

    private final int dosTime;
    private final int dosDate;
    private long position;

    ZipFileWriter(LocalDateTime modified) {
        this(modified, 0);
    }

    /** Starts writing at {@code start}, leaving a hole before: lets tests reach zip64 offsets in a sparse file. */
    ZipFileWriter(LocalDateTime modified, long start) {
        this.dosTime = ZipFormat.dosTime(modified);
        this.dosDate = ZipFormat.dosDate(modified);
        this.position = start;
    }

    /** Where the next entry (or the central directory) starts. */
    long position() {
        return position;
    }

    /** Writes a local header and {@code value} at the end of the file; returns the entry. */
    ZipEntryInfo append(FileChannel channel, String name, byte[] value) throws IOException {
        byte[] nameBytes = nameBytes(name);
        CRC32 crc32 = new CRC32();
        crc32.update(value);
        long crc = crc32.getValue();
        int flags = flags(name);

        ByteBuffer header = ByteBuffer.allocate(LOCAL_HEADER_SIZE + nameBytes.length).order(ByteOrder.LITTLE_ENDIAN);
        header.putInt(LOCAL_HEADER_SIGNATURE)
                .putShort((short) VERSION_DEFAULT)
                .putShort((short) flags)
                .putShort((short) METHOD_STORED)
                .putShort((short) dosTime)
                .putShort((short) dosDate)
                .putInt((int) crc)
                .putInt(value.length) // a Java array is always below the zip64 limit
                .putInt(value.length)
                .putShort((short) nameBytes.length)
                .putShort((short) 0)
                .put(nameBytes)
                .flip();
        long headerOffset = position;
        long dataOffset = headerOffset + header.remaining();
        // One gathering write for header and data; readers use positional reads, unaffected by the position.
        ByteBuffer[] buffers = {header, ByteBuffer.wrap(value)};
        channel.position(headerOffset);
        while (buffers[0].hasRemaining() || buffers[1].hasRemaining()) {
            channel.write(buffers);
        }
        position = dataOffset + value.length;
        return new ZipEntryInfo(name, METHOD_STORED, flags, crc, value.length, value.length, headerOffset, dataOffset);
    }

    /** Writes the central directory of {@code entries} and the end records; cuts off anything after them. */
    void finish(FileChannel channel, Collection<ZipEntryInfo> entries) throws IOException {
        long directoryOffset = position;
        ByteBuffer buffer = ByteBuffer.allocate(DIRECTORY_BUFFER).order(ByteOrder.LITTLE_ENDIAN);
        long count = 0;
        for (ZipEntryInfo entry : entries) {
            byte[] nameBytes = nameBytes(entry.name);
            boolean zip64 = entry.localHeaderOffset >= ZIP64_MARK_32;
            int extraLength = zip64 ? 12 : 0;
            int length = CENTRAL_HEADER_SIZE + nameBytes.length + extraLength;
            if (buffer.remaining() < length) {
                buffer = flush(channel, buffer, length);
            }
            int version = zip64 ? VERSION_ZIP64 : VERSION_DEFAULT;
            buffer.putInt(CENTRAL_HEADER_SIGNATURE)
                    .putShort((short) (MADE_BY_UNIX | version))
                    .putShort((short) version)
                    .putShort((short) entry.flags)
                    .putShort((short) entry.method)
                    .putShort((short) dosTime)
                    .putShort((short) dosDate)
                    .putInt((int) entry.crc)
                    .putInt((int) entry.compressedSize)
                    .putInt((int) entry.size)
                    .putShort((short) nameBytes.length)
                    .putShort((short) extraLength)
                    .putShort((short) 0) // comment
                    .putShort((short) 0) // disk
                    .putShort((short) 0) // internal attributes
                    .putInt((int) UNIX_FILE_ATTRIBUTES)
                    .putInt((int) Math.min(entry.localHeaderOffset, ZIP64_MARK_32))
                    .put(nameBytes);
            if (zip64) {
                buffer.putShort((short) ZIP64_EXTRA_ID).putShort((short) 8).putLong(entry.localHeaderOffset);
            }
            count++;
        }
        buffer = flush(channel, buffer, ZIP64_END_SIZE + ZIP64_LOCATOR_SIZE + END_SIZE);
        long directorySize = position - directoryOffset;

        boolean zip64 = count >= ZIP64_MARK_16 || directorySize >= ZIP64_MARK_32 || directoryOffset >= ZIP64_MARK_32;
        if (zip64) {
            long zip64End = position;
            buffer.putInt(ZIP64_END_SIGNATURE)
                    .putLong(ZIP64_END_SIZE - 12) // size of the rest of this record
                    .putShort((short) (MADE_BY_UNIX | VERSION_ZIP64))
                    .putShort((short) VERSION_ZIP64)
                    .putInt(0)
                    .putInt(0)
                    .putLong(count)
                    .putLong(count)
                    .putLong(directorySize)
                    .putLong(directoryOffset);
            buffer.putInt(ZIP64_LOCATOR_SIGNATURE).putInt(0).putLong(zip64End).putInt(1);
        }
        int count16 = (int) Math.min(count, ZIP64_MARK_16);
        buffer.putInt(END_SIGNATURE)
                .putShort((short) 0)
                .putShort((short) 0)
                .putShort((short) count16)
                .putShort((short) count16)
                .putInt((int) Math.min(directorySize, ZIP64_MARK_32))
                .putInt((int) Math.min(directoryOffset, ZIP64_MARK_32))
                .putShort((short) 0);
        flush(channel, buffer, 0);
        // An entry whose write failed half-way may have left bytes beyond the end records.
        channel.truncate(position);
    }

    /** Raises the store-level error for names a zip cannot hold. */
    static void checkName(String name) {
        if (name.getBytes(StandardCharsets.UTF_8).length > 0xFFFF) {
            throw new StoreException("key '" + name.substring(0, Math.min(64, name.length()))
                    + "...' is too long for a zip entry name (at most 65535 UTF-8 bytes)");
        }
    }

    private ByteBuffer flush(FileChannel channel, ByteBuffer buffer, int needed) throws IOException {
        buffer.flip();
        writeFully(channel, buffer, position);
        position += buffer.limit();
        buffer.clear();
        return buffer.capacity() >= needed ? buffer : ByteBuffer.allocate(needed).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static void writeFully(FileChannel channel, ByteBuffer buffer, long at) throws IOException {
        long p = at;
        while (buffer.hasRemaining()) {
            p += channel.write(buffer, p);
        }
    }

    private static byte[] nameBytes(String name) {
        return name.getBytes(StandardCharsets.UTF_8);
    }

    /** Plain ASCII names need no flag; others are UTF-8 and say so, as Python's zipfile does. */
    private static int flags(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) >= 0x80) {
                return FLAG_UTF8;
            }
        }
        return 0;
    }
}
