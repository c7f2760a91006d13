package org.zarrij.cli;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zarrij.ZarrException;
import org.zarrij.dtype.DataType;

/** The NumPy .npy format (versions 1.0 to 3.0): header reading and writing; data follows the header. */
public final class Npy {
    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([^']*)'");
    private static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
    private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");

    private Npy() {
    }

    /** A parsed header: data type with byte order, Fortran order flag and shape. */
    public record Header(DataType.NumpyType type, boolean fortranOrder, long[] shape) {
        public long numElements() {
            long n = 1;
            for (long s : shape) {
                n *= s;
            }
            return n;
        }
    }

    public static Header readHeader(InputStream in, String where) throws IOException {
        DataInputStream d = new DataInputStream(in);
        byte[] magic = new byte[6];
        d.readFully(magic);
        if (!java.util.Arrays.equals(magic, MAGIC)) {
            throw new ZarrException(where + ": not a .npy file (bad magic)");
        }
        int major = d.readUnsignedByte();
        d.readUnsignedByte();
        long len;
        if (major == 1) {
            len = d.readUnsignedByte() | (d.readUnsignedByte() << 8);
        } else if (major == 2 || major == 3) {
            len = (d.readUnsignedByte() | (d.readUnsignedByte() << 8) | (d.readUnsignedByte() << 16))
                    | ((long) d.readUnsignedByte() << 24);
        } else {
            throw new ZarrException(where + ": unsupported .npy version " + major);
        }
        if (len > 1 << 20) {
            throw new ZarrException(where + ": .npy header of " + len + " bytes is too large");
        }
        byte[] h = new byte[(int) len];
        d.readFully(h);
        String header = new String(h, major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        Matcher m = DESCR.matcher(header);
        if (!m.find()) {
            throw new ZarrException(where + ": .npy header has no simple 'descr' (structured dtypes are not supported)");
        }
        String descr = m.group(1);
        DataType.NumpyType type = DataType.fromNumpy(descr).orElseThrow(() -> new ZarrException(where
                + ": unsupported .npy dtype '" + descr + "'"));
        Matcher f = FORTRAN.matcher(header);
        boolean fortran = f.find() && f.group(1).equals("True");
        Matcher s = SHAPE.matcher(header);
        if (!s.find()) {
            throw new ZarrException(where + ": .npy header has no 'shape'");
        }
        List<Long> dims = new ArrayList<>();
        for (String part : s.group(1).split(",")) {
            if (!part.isBlank()) {
                dims.add(Long.parseLong(part.trim()));
            }
        }
        return new Header(type, fortran, dims.stream().mapToLong(Long::longValue).toArray());
    }

    public static void writeHeader(OutputStream out, DataType type, long[] shape) throws IOException {
        StringBuilder sh = new StringBuilder("(");
        for (int i = 0; i < shape.length; i++) {
            sh.append(shape[i]).append(shape.length == 1 ? "," : i < shape.length - 1 ? ", " : "");
        }
        sh.append(')');
        String dict = "{'descr': '" + type.numpyTypestr() + "', 'fortran_order': False, 'shape': " + sh + ", }";
        int total = MAGIC.length + 2 + 2 + dict.length() + 1;
        int pad = (64 - total % 64) % 64;
        String header = dict + " ".repeat(pad) + "\n";
        out.write(MAGIC);
        out.write(1);
        out.write(0);
        int len = header.length();
        out.write(len & 0xff);
        out.write((len >> 8) & 0xff);
        out.write(header.getBytes(StandardCharsets.ISO_8859_1));
    }
}
