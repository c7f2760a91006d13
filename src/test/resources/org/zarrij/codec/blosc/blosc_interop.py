# Interop peer for BloscInteropTest, run once per test class with the work directory as argument.
# 1. Decodes every frame Java wrote (java.bin + java.idx) with numcodecs and prints "OK name" or why not.
# 2. Writes frames made by numcodecs (c-blosc) to py.bin + py.idx for Java to decode.
import os
import sys

import numpy as np
from numcodecs import blosc

work = sys.argv[1]

# --- 1. Java -> numcodecs -------------------------------------------------------------------------------
with open(os.path.join(work, "java.bin"), "rb") as f:
    blob = f.read()
with open(os.path.join(work, "java.idx")) as f:
    for line in f:
        if not line.strip():
            continue
        name, raw_off, raw_len, frame_off, frame_len = line.split()
        raw = blob[int(raw_off):int(raw_off) + int(raw_len)]
        frame = blob[int(frame_off):int(frame_off) + int(frame_len)]
        try:
            out = bytes(blosc.decompress(frame))
            if out == raw:
                print("OK", name)
            else:
                print("MISMATCH", name, len(out), len(raw))
        except Exception as e:  # report, do not stop: Java lists every failure
            print("ERROR", name, repr(e).replace("\n", " "))

# --- 2. numcodecs -> Java -------------------------------------------------------------------------------
rng = np.random.default_rng(20240611)
out_bin = open(os.path.join(work, "py.bin"), "wb")
out_idx = open(os.path.join(work, "py.idx"), "w")
pos = 0
written = 0


def elements(kind, count, typesize):
    """count elements of typesize bytes as a numpy array whose itemsize is typesize."""
    if kind == "random":
        raw = rng.integers(0, 256, count * typesize, dtype=np.uint8)
    else:
        walk = np.cumsum(rng.integers(-3, 4, count)).astype(np.int64) + 100000
        shifts = (8 * np.arange(typesize)) % 64
        raw = ((walk[:, None] >> shifts[None, :]) & 0xFF).astype(np.uint8).reshape(-1)
        noise = rng.integers(0, 50, count) == 0
        raw[np.nonzero(noise)[0] * typesize] = rng.integers(0, 256, int(noise.sum()), dtype=np.uint8)
    dtype = np.dtype("u%d" % typesize) if typesize in (1, 2, 4, 8) else np.dtype("V%d" % typesize)
    return raw.view(dtype)


def write(name, arr, cname, clevel, shuffle, blocksize, expect="ok", threads=None):
    global pos, written
    # c-blosc's threaded compressor may store blocks out of order: cover it and the serial one
    blosc.use_threads = written % 2 == 0 if threads is None else threads
    written += 1
    frame = bytes(blosc.compress(arr, cname.encode(), clevel, shuffle, blocksize))
    raw = arr.tobytes()
    out_bin.write(raw)
    out_bin.write(frame)
    out_idx.write("%s %d %d %d %d %s %s %d %d %d %d\n" % (name, pos, len(raw), pos + len(raw), len(frame), expect,
                                                       cname, clevel, shuffle, arr.itemsize, blocksize))
    pos += len(raw) + len(frame)


case = 0
for cname in ["blosclz", "lz4", "lz4hc", "zlib", "zstd"]:
    for shuffle in [0, 1, 2]:
        for typesize in [1, 2, 3, 4, 8, 12]:
            for blocksize in [0, 256]:
                # 1001 elements: one bit-shuffled block is copied unchanged (not a multiple of 8 elements)
                sizes = [("compressible", 1001), ("compressible", 4104), ("random", 4104)]
                if typesize in (1, 2, 4) or blocksize == 256:
                    # larger than a block: several blocks and a leftover block
                    sizes.append(("compressible", 150001 // typesize))
                for kind, count in sizes:
                    case += 1
                    clevel = 1 + case % 9
                    name = "%s-s%d-t%d-b%d-%s%d-c%d" % (cname, shuffle, typesize, blocksize, kind, count, clevel)
                    write(name, elements(kind, count, typesize), cname, clevel, shuffle, blocksize)
# uncompressed frames: clevel 0 and tiny buffers
write("lz4-clevel0", elements("compressible", 5000, 2), "lz4", 0, 1, 0)
write("zstd-tiny", elements("compressible", 30, 4), "zstd", 5, 1, 0)
# c-blosc falls back to an uncompressed frame unless snappy's worst case fits in the output: use long runs,
# several blocks and no threads (its threaded path bounds each block more tightly)
write("snappy", (np.arange(400000) // 100).astype(np.uint8), "snappy", 5, 1, 0, expect="unsupported",
      threads=False)
out_bin.close()
out_idx.close()
print("WROTE", case + 3)
