package org.zarrij.codec.compress;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import org.zarrij.CodecException;

/**
 * Decodes the LZ4 block format (what lz4 and lz4hc write in Blosc frames). A block is a list of sequences:
 * a token byte (high nibble: literal count, low nibble: match length - 4, 15 meaning that bytes follow and are
 * added, 255 meaning one more), the literals, then a 2-byte little-endian match offset and the extra match
 * length bytes; the last sequence has literals only and ends the input.
 *
 * <p>Written here rather than taken from lz4-java 1.8.0 because that version's fast decoders do not check
 * their bounds against crafted input (CVE-2025-12183) and its checked one is markedly slower. Every read and
 * write here stays inside the given ranges; 8-byte copies go through bounds-checked VarHandles.
 */
public final class Lz4BlockDecoder {
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);

    private Lz4BlockDecoder() {
    }

    /** Decodes {@code src[srcOff..srcOff+srcLen)} into {@code dst} at {@code dstOff}, at most {@code dstLen} bytes. */
    public static int decompress(byte[] src, int srcOff, int srcLen, byte[] dst, int dstOff, int dstLen) {
        if (srcLen == 0) {
            throw new CodecException("empty lz4 block");
        }
        int ip = srcOff;
        final int ipEnd = srcOff + srcLen;
        int op = dstOff;
        final int opEnd = dstOff + dstLen;
        while (true) {
            int token = src[ip++] & 0xFF;
            int literals = token >>> 4;
            if (literals < 15 && ipEnd - ip >= 32 && opEnd - op >= 32) {
                // Common case far from both ends: copy 16 bytes whatever the count; the extra bytes written are
                // rewritten later. With at most 14 literals the 2-byte offset is inside the input too.
                LONG.set(dst, op, (long) LONG.get(src, ip));
                LONG.set(dst, op + 8, (long) LONG.get(src, ip + 8));
                ip += literals;
                op += literals;
            } else {
                if (literals == 15) {
                    int b;
                    do {
                        if (ip >= ipEnd) {
                            throw truncated("literal length");
                        }
                        b = src[ip++] & 0xFF;
                        literals += b;
                    } while (b == 255 && literals <= dstLen);
                }
                if (literals > ipEnd - ip) {
                    throw truncated("literals");
                }
                if (literals > opEnd - op) {
                    throw tooLong(dstLen);
                }
                System.arraycopy(src, ip, dst, op, literals);
                ip += literals;
                op += literals;
                if (ip == ipEnd) {
                    return op - dstOff; // the last sequence has no match
                }
                if (ipEnd - ip < 2) {
                    throw truncated("match offset");
                }
            }
            int offset = (src[ip] & 0xFF) | (src[ip + 1] & 0xFF) << 8;
            ip += 2;
            if (offset == 0 || offset > op - dstOff) {
                throw badOffset(op - dstOff, offset);
            }
            int length = token & 15;
            if (length < 15 && offset >= 8 && opEnd - op >= 24) {
                // Common case: a short match of 4..18 bytes copied as three 8-byte words.
                int from = op - offset;
                LONG.set(dst, op, (long) LONG.get(dst, from));
                LONG.set(dst, op + 8, (long) LONG.get(dst, from + 8));
                LONG.set(dst, op + 16, (long) LONG.get(dst, from + 16));
                op += length + 4;
                continue;
            }
            if (length == 15) {
                int b;
                do {
                    if (ip >= ipEnd) {
                        throw truncated("match length");
                    }
                    b = src[ip++] & 0xFF;
                    length += b;
                } while (b == 255 && length <= dstLen);
            }
            length += 4;
            if (length > opEnd - op) {
                throw tooLong(dstLen);
            }
            copyMatch(dst, op, offset, length, opEnd);
            op += length;
        }
    }

    private static void copyMatch(byte[] b, int op, int offset, int length, int opEnd) {
        int from = op - offset;
        if (opEnd - op >= length + 8) {
            // Room to write up to 7 bytes too many (rewritten later): copy 8-byte words.
            int distance = offset;
            if (offset < 8) {
                // The first 8 bytes one by one repeat the short pattern; from then on reading a multiple of
                // the offset that is at least 8 back gives the same bytes and only reads written ones.
                for (int i = 0; i < 8; i++) {
                    b[op + i] = b[from + i];
                }
                while (distance < 8) {
                    distance += offset;
                }
                op += 8;
                length -= 8;
            }
            for (int i = 0; i < length; i += 8) {
                LONG.set(b, op + i, (long) LONG.get(b, op + i - distance));
            }
        } else if (offset >= length) {
            System.arraycopy(b, from, b, op, length);
        } else {
            for (int i = 0; i < length; i++) {
                b[op + i] = b[from + i];
            }
        }
    }

    private static CodecException truncated(String what) {
        return new CodecException("lz4 " + what + " runs past the end of the input");
    }

    private static CodecException tooLong(int dstLen) {
        return new CodecException("lz4 data decodes to more than " + dstLen + " bytes");
    }

    private static CodecException badOffset(int position, int offset) {
        return new CodecException("lz4 match at output byte " + position + " has offset " + offset
                + ", outside the decoded data");
    }
}
