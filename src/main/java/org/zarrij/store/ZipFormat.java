package org.zarrij.store;

import java.time.LocalDateTime;

/**
 * Numbers of the zip file format (PKWARE APPNOTE 6.3) that both the reader and the writer use: record
 * signatures, fixed record sizes, the zip64 markers and field codes.
 */
final class ZipFormat {
    static final int LOCAL_HEADER_SIGNATURE = 0x04034b50;
    static final int CENTRAL_HEADER_SIGNATURE = 0x02014b50;
    static final int END_SIGNATURE = 0x06054b50;
    static final int ZIP64_END_SIGNATURE = 0x06064b50;
    static final int ZIP64_LOCATOR_SIGNATURE = 0x07064b50;

    static final int LOCAL_HEADER_SIZE = 30;
    static final int CENTRAL_HEADER_SIZE = 46;
    static final int END_SIZE = 22;
    static final int ZIP64_END_SIZE = 56;
    static final int ZIP64_LOCATOR_SIZE = 20;
    static final int MAX_COMMENT = 0xFFFF;

    /** A 32-bit size or offset field holding this value is in the zip64 extra field instead. */
    static final long ZIP64_MARK_32 = 0xFFFFFFFFL;
    /** A 16-bit entry count holding this value is in the zip64 end record instead. */
    static final int ZIP64_MARK_16 = 0xFFFF;
    static final int ZIP64_EXTRA_ID = 0x0001;

    static final int METHOD_STORED = 0;
    static final int METHOD_DEFLATED = 8;

    static final int FLAG_ENCRYPTED = 0x0001;
    static final int FLAG_UTF8 = 0x0800;

    static final int VERSION_DEFAULT = 20;
    static final int VERSION_ZIP64 = 45;
    /** "Made by" Unix, so that unzip tools honour the permission bits we write. */
    static final int MADE_BY_UNIX = 3 << 8;
    /** rw-r--r-- regular file, in the high half of the external attributes (Unix convention). */
    static final long UNIX_FILE_ATTRIBUTES = 0100644L << 16;

    private ZipFormat() {
    }

    /** MS-DOS time (2-second resolution) of {@code t}, in the low 16 bits. */
    static int dosTime(LocalDateTime t) {
        return t.getHour() << 11 | t.getMinute() << 5 | t.getSecond() / 2;
    }

    /** MS-DOS date (years from 1980) of {@code t}, in the low 16 bits. */
    static int dosDate(LocalDateTime t) {
        int year = Math.max(1980, Math.min(2107, t.getYear()));
        return (year - 1980) << 9 | t.getMonthValue() << 5 | t.getDayOfMonth();
    }
}
