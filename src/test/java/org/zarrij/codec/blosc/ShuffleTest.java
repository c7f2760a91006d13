package org.zarrij.codec.blosc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ShuffleTest {

    @Test
    void transposeMovesBitRowColToColRow() {
        java.util.Random r = new java.util.Random(3);
        for (int t = 0; t < 1000; t++) {
            long x = r.nextLong();
            long y = BitShuffle.transpose8x8(x);
            for (int row = 0; row < 8; row++) {
                for (int col = 0; col < 8; col++) {
                    assertEquals((x >>> (8 * row + col)) & 1, (y >>> (8 * col + row)) & 1);
                }
            }
        }
    }

    @Test
    void byteShuffleMatchesDefinitionAndInverts() {
        for (int typesize = 1; typesize <= 20; typesize++) {
            for (int size : new int[] {0, 1, typesize - 1, typesize, 3 * typesize + 1, 1000, 1003}) {
                if (size < 0) {
                    continue;
                }
                byte[] src = TestData.random(size + 5, size * 31L + typesize);
                byte[] shuffled = new byte[size + 3];
                ByteShuffle.shuffle(typesize, size, src, 5, shuffled, 3);
                int n = size / typesize;
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < typesize; j++) {
                        assertEquals(src[5 + i * typesize + j], shuffled[3 + j * n + i]);
                    }
                }
                for (int k = n * typesize; k < size; k++) {
                    assertEquals(src[5 + k], shuffled[3 + k], "trailing bytes are copied");
                }
                byte[] back = new byte[size + 7];
                ByteShuffle.unshuffle(typesize, size, shuffled, 3, back, 7);
                assertArrayEquals(java.util.Arrays.copyOfRange(src, 5, 5 + size),
                        java.util.Arrays.copyOfRange(back, 7, 7 + size), "typesize " + typesize + " size " + size);
            }
        }
    }

    @Test
    void bitShuffleMatchesDefinitionAndInverts() {
        for (int typesize = 1; typesize <= 17; typesize++) {
            for (int elements : new int[] {0, 1, 7, 8, 16, 24, 100, 128, 1000}) {
                for (int extra : new int[] {0, typesize > 1 ? typesize - 1 : 0}) {
                    int size = elements * typesize + extra;
                    byte[] src = TestData.random(size, size * 7L + typesize);
                    byte[] shuffled = new byte[size];
                    BitShuffle.shuffle(typesize, size, src, 0, shuffled, 0);
                    if (elements % 8 == 0) {
                        int rowBytes = elements / 8;
                        for (int e = 0; e < elements; e++) {
                            for (int b = 0; b < typesize; b++) {
                                for (int k = 0; k < 8; k++) {
                                    int bit = (src[e * typesize + b] >>> k) & 1;
                                    int row = 8 * b + k;
                                    int got = (shuffled[row * rowBytes + e / 8] >>> (e % 8)) & 1;
                                    assertEquals(bit, got);
                                }
                            }
                        }
                        for (int k = elements * typesize; k < size; k++) {
                            assertEquals(src[k], shuffled[k], "trailing bytes are copied");
                        }
                    } else {
                        assertArrayEquals(src, shuffled, "blocks of a non-multiple of 8 elements are copied");
                    }
                    byte[] back = new byte[size];
                    BitShuffle.unshuffle(typesize, size, shuffled, 0, back, 0);
                    assertArrayEquals(src, back);
                }
            }
        }
    }
}
