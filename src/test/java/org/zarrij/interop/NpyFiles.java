package org.zarrij.interop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zarrij.dtype.DataType;

/**
 * Just enough of NumPy's .npy format (version 1.0, C order) for interop tests: the expected data travels
 * between Java and Python as .npy files, whose header names the dtype and shape.
 */
final class NpyFiles {
    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([^']*)'");
    private static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
    private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");

    private NpyFiles() {
    }

    /** A .npy file's dtype string (e.g. "<f8"), shape and raw data bytes. */
    record Content(String descr, long[] shape, byte[] data) {
    }

    static Content read(Path file) {
        byte[] all;
        try {
            all = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (all.length < 10 || !Arrays.equals(all, 0, 6, MAGIC, 0, 6)) {
            throw new AssertionError(file + ": not a .npy file");
        }
        int major = all[6];
        int headerLength;
        int start;
        if (major == 1) {
            headerLength = (all[8] & 0xff) | (all[9] & 0xff) << 8;
            start = 10;
        } else {
            headerLength = (all[8] & 0xff) | (all[9] & 0xff) << 8 | (all[10] & 0xff) << 16 | (all[11] & 0xff) << 24;
            start = 12;
        }
        String header = new String(all, start, headerLength, StandardCharsets.ISO_8859_1);
        Matcher d = DESCR.matcher(header);
        Matcher f = FORTRAN.matcher(header);
        Matcher s = SHAPE.matcher(header);
        if (!d.find() || !f.find() || !s.find()) {
            throw new AssertionError(file + ": unexpected .npy header " + header);
        }
        if (f.group(1).equals("True")) {
            throw new AssertionError(file + ": expected C order data");
        }
        long[] shape = Arrays.stream(s.group(1).split(",")).map(String::trim).filter(x -> !x.isEmpty())
                .mapToLong(Long::parseLong).toArray();
        return new Content(d.group(1), shape, Arrays.copyOfRange(all, start + headerLength, all.length));
    }

    /** Writes little-endian C-order {@code data} of {@code type} and {@code shape}. */
    static void write(Path file, DataType type, long[] shape, byte[] data) {
        StringBuilder dims = new StringBuilder();
        for (long n : shape) {
            dims.append(n).append(", ");
        }
        String shapeText = shape.length == 1 ? "(" + shape[0] + ",)"
                : "(" + (dims.length() > 0 ? dims.substring(0, dims.length() - 2) : "") + ")";
        String dict = "{'descr': '" + type.numpyTypestr() + "', 'fortran_order': False, 'shape': " + shapeText + ", }";
        int unpadded = MAGIC.length + 4 + dict.length() + 1;
        String header = dict + " ".repeat((64 - unpadded % 64) % 64) + "\n";
        byte[] h = header.getBytes(StandardCharsets.ISO_8859_1);
        byte[] out = new byte[MAGIC.length + 4 + h.length + data.length];
        System.arraycopy(MAGIC, 0, out, 0, MAGIC.length);
        out[6] = 1;
        out[7] = 0;
        out[8] = (byte) h.length;
        out[9] = (byte) (h.length >> 8);
        System.arraycopy(h, 0, out, 10, h.length);
        System.arraycopy(data, 0, out, 10 + h.length, data.length);
        try {
            Files.write(file, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
