package org.zarrij.store;

/**
 * One entry of a zip's central directory: where its local header starts and how its data is stored.
 * {@code dataOffset} is where the data itself starts, -1 until the local header has been read (the local
 * header's extra field may differ from the central one, so only the local header tells).
 */
final class ZipEntryInfo {
    final String name;
    final int method;
    final int flags;
    final long crc;
    final long compressedSize;
    final long size;
    final long localHeaderOffset;
    // Written at most once per value and idempotent: racing readers compute the same number.
    private volatile long dataOffset;

    ZipEntryInfo(String name, int method, int flags, long crc, long compressedSize, long size,
            long localHeaderOffset, long dataOffset) {
        this.name = name;
        this.method = method;
        this.flags = flags;
        this.crc = crc;
        this.compressedSize = compressedSize;
        this.size = size;
        this.localHeaderOffset = localHeaderOffset;
        this.dataOffset = dataOffset;
    }

    long dataOffset() {
        return dataOffset;
    }

    void dataOffset(long offset) {
        this.dataOffset = offset;
    }
}
