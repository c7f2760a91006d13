package org.zarrij.codec.blosc;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.zarrij.CodecException;

/**
 * BloscLZ, Blosc's own LZ77 format (a FastLZ descendant). A stream is a sequence of tokens, each starting
 * with a control byte {@code c} (the first one masked to its low 5 bits):
 * <ul>
 * <li>{@code c < 32}: a literal run of {@code c + 1} bytes follows;
 * <li>otherwise a match: {@code l = c >> 5} gives length {@code l + 2} when {@code l < 7}; when {@code l == 7}
 * extra bytes follow and are added (a 255 means another byte follows) to reach length {@code 9 + sum}. Then a
 * byte {@code d} gives the distance {@code ((c & 31) << 8) + d + 1}, except that {@code c & 31 == 31} with
 * {@code d == 255} announces a far match whose distance is {@code 8192 +} the next two bytes (big-endian).
 * </ul>
 * c-blosc's decoder expects every stream to end with a literal run, so the encoder below always does.
 */
final class BloscLZ {
    private static final int MAX_LITERAL_RUN = 32;
    /** Largest distance of a near match (two-byte encoding). */
    private static final int MAX_NEAR_DISTANCE = 8191;
    /** Largest distance of a far match: 8192 + 0xFFFF. */
    private static final int MAX_FAR_DISTANCE = 8192 + 0xFFFF;
    private static final int MIN_MATCH = 4;
    /** A far match costs two more bytes, so it must be longer to pay off. */
    private static final int MIN_FAR_MATCH = 7;
    private static final VarHandle INT_LE = MethodHandles.byteArrayViewVarHandle(int[].class,
            ByteOrder.LITTLE_ENDIAN);

    private BloscLZ() {
    }

    /**
     * Decodes a stream of {@code srcLen} bytes into {@code dst[dstOff..dstOff+dstLen)}; returns how many bytes
     * it produced. Corrupt input gives a CodecException naming the problem, never an out-of-bounds access.
     */
    static int decompress(byte[] src, int srcOff, int srcLen, byte[] dst, int dstOff, int dstLen) {
        if (srcLen <= 0) {
            throw new CodecException("empty blosclz stream");
        }
        int ip = srcOff;
        final int ipEnd = srcOff + srcLen;
        int op = dstOff;
        final int opEnd = dstOff + dstLen;
        int ctrl = src[ip++] & 31;
        while (true) {
            if (ctrl < 32) {
                int run = ctrl + 1;
                if (run > ipEnd - ip) {
                    throw new CodecException("blosclz literal run of " + run + " bytes runs past the end of the stream");
                }
                if (run > opEnd - op) {
                    throw new CodecException("blosclz data decodes to more than " + dstLen + " bytes");
                }
                System.arraycopy(src, ip, dst, op, run);
                ip += run;
                op += run;
            } else {
                int len = (ctrl >>> 5) - 1;
                if (len == 6) {
                    int code;
                    do {
                        if (ip >= ipEnd) {
                            throw new CodecException("blosclz match length runs past the end of the stream");
                        }
                        code = src[ip++] & 0xFF;
                        len += code;
                        if (len > dstLen) {
                            throw new CodecException("blosclz data decodes to more than " + dstLen + " bytes");
                        }
                    } while (code == 255);
                }
                if (ip >= ipEnd) {
                    throw new CodecException("blosclz match distance runs past the end of the stream");
                }
                int code = src[ip++] & 0xFF;
                len += 3;
                int high = ctrl & 31;
                int distance = (high << 8) + code + 1;
                if (code == 255 && high == 31) {
                    if (ipEnd - ip < 2) {
                        throw new CodecException("blosclz far match distance runs past the end of the stream");
                    }
                    distance = MAX_NEAR_DISTANCE + 1 + ((src[ip] & 0xFF) << 8 | (src[ip + 1] & 0xFF));
                    ip += 2;
                }
                if (len > opEnd - op) {
                    throw new CodecException("blosclz data decodes to more than " + dstLen + " bytes");
                }
                if (distance > op - dstOff) {
                    throw new CodecException("blosclz match at output byte " + (op - dstOff) + " refers "
                            + distance + " bytes back, before the start of the block");
                }
                copyMatch(dst, op, distance, len);
                op += len;
            }
            if (ip >= ipEnd) {
                return op - dstOff;
            }
            ctrl = src[ip++] & 0xFF;
        }
    }

    /** Copies {@code len} bytes from {@code distance} bytes back; overlapping copies repeat the pattern. */
    private static void copyMatch(byte[] b, int op, int distance, int len) {
        int from = op - distance;
        if (distance == 1) {
            Arrays.fill(b, op, op + len, b[from]);
        } else if (distance >= len) {
            System.arraycopy(b, from, b, op, len);
        } else if (len <= 16) {
            for (int i = 0; i < len; i++) {
                b[op + i] = b[from + i];
            }
        } else {
            // Each copy reads only bytes already written, doubling the available pattern each time.
            int done = 0;
            while (done < len) {
                int n = Math.min(op + done - from, len - done);
                System.arraycopy(b, from, b, op + done, n);
                done += n;
            }
        }
    }

    /**
     * Compresses {@code src[srcOff..srcOff+srcLen)} into {@code dst} at {@code dstOff}, writing at most
     * {@code maxOut} bytes. Returns the compressed size, or 0 when the result would not fit (the caller then
     * stores the data raw).
     */
    static int compress(byte[] src, int srcOff, int srcLen, byte[] dst, int dstOff, int maxOut) {
        if (srcLen < 16 || maxOut < 2) {
            return 0;
        }
        int hashLog = Math.max(8, Math.min(14, 32 - Integer.numberOfLeadingZeros(srcLen - 1)));
        int[] table = new int[1 << hashLog];
        final int end = srcOff + srcLen;
        // Matches stop one byte short of the end so that the stream ends with a literal run.
        final int matchLimit = end - 1;
        final int searchLimit = end - MIN_MATCH - 1;
        final int opLimit = dstOff + maxOut;
        int op = dstOff;
        int anchor = srcOff;
        int ip = srcOff + 1;
        while (ip < searchLimit) {
            int seq = (int) INT_LE.get(src, ip);
            int h = (seq * 0x9E3779B1) >>> (32 - hashLog);
            int ref = table[h] - 1 + srcOff;
            table[h] = ip - srcOff + 1;
            int distance = ip - ref;
            if (ref < srcOff || distance > MAX_FAR_DISTANCE || (int) INT_LE.get(src, ref) != seq) {
                ip += 1 + ((ip - anchor) >>> 7); // skip faster through data that does not compress
                continue;
            }
            int len = MIN_MATCH;
            while (ip + len < matchLimit && src[ref + len] == src[ip + len]) {
                len++;
            }
            if (distance > MAX_NEAR_DISTANCE && len < MIN_FAR_MATCH) {
                ip++;
                continue;
            }
            op = literals(src, anchor, ip - anchor, dst, op, opLimit);
            if (op < 0) {
                return 0;
            }
            op = match(len, distance, dst, op, opLimit);
            if (op < 0) {
                return 0;
            }
            ip += len;
            anchor = ip;
            if (ip < searchLimit) {
                // Remember the position just before the next search so that runs chain well.
                int p = ip - 1;
                table[((int) INT_LE.get(src, p) * 0x9E3779B1) >>> (32 - hashLog)] = p - srcOff + 1;
            }
        }
        op = literals(src, anchor, end - anchor, dst, op, opLimit);
        if (op < 0) {
            return 0;
        }
        dst[dstOff] |= 1 << 5; // c-blosc's marker in the first control byte; decoders mask it away
        return op - dstOff;
    }

    /** Writes literal runs; returns the new output position or -1 when out of room. */
    private static int literals(byte[] src, int from, int count, byte[] dst, int op, int opLimit) {
        if (count == 0) {
            return op;
        }
        int needed = count + (count + MAX_LITERAL_RUN - 1) / MAX_LITERAL_RUN;
        if (needed > opLimit - op) {
            return -1;
        }
        while (count > 0) {
            int run = Math.min(count, MAX_LITERAL_RUN);
            dst[op++] = (byte) (run - 1);
            System.arraycopy(src, from, dst, op, run);
            op += run;
            from += run;
            count -= run;
        }
        return op;
    }

    /** Writes one match token; returns the new output position or -1 when out of room. */
    private static int match(int len, int distance, byte[] dst, int op, int opLimit) {
        int code = len - 2; // 1..6 fit in the control byte, 7 means extra length bytes follow
        int biased = distance - 1;
        boolean far = distance > MAX_NEAR_DISTANCE;
        int extra = code < 7 ? 0 : (code - 7) / 255 + 1;
        if (2 + extra + (far ? 2 : 0) > opLimit - op) {
            return -1;
        }
        int high = far ? 31 : biased >>> 8;
        dst[op++] = (byte) ((Math.min(code, 7) << 5) | high);
        if (code >= 7) {
            int rest = code - 7;
            for (; rest >= 255; rest -= 255) {
                dst[op++] = (byte) 255;
            }
            dst[op++] = (byte) rest;
        }
        if (far) {
            int d = distance - (MAX_NEAR_DISTANCE + 1);
            dst[op++] = (byte) 255;
            dst[op++] = (byte) (d >>> 8);
            dst[op++] = (byte) d;
        } else {
            dst[op++] = (byte) biased;
        }
        return op;
    }
}
