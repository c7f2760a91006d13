# zarr-ij bench helper, run by org.zarrij.cli.bench with /usr/bin/python3 (zarr 2, numcodecs, numpy).
#   generate DIR Z Y X SEED  writes the benchmark array (Zarr v2, uint16, Blosc lz4/5/shuffle, chunks 64^3)
#   serve DIR                reads it whole with z[...] once untimed, then once per request line on stdin:
#                            "read" times z[...], "read-into" times filling one preallocated array
# Every answer is one JSON line on stdout; serving lets Java interleave zarr-python with its own runs.
import json
import resource
import sys
import time

import numpy as np
import zarr
from numcodecs import Blosc, blosc

CHUNK = 64


def content(z0, nz, ny, nx, rng):
    """A microscope-like volume: smooth blobs and gradients (photon counts), Poisson shot noise, camera offset."""
    z = np.arange(z0, z0 + nz, dtype=np.float32)[:, None, None]
    y = np.arange(ny, dtype=np.float32)[None, :, None]
    x = np.arange(nx, dtype=np.float32)[None, None, :]
    signal = (60.0 + 0.05 * x + 0.03 * y
              + 300.0 * (1.0 + np.sin(x / 23.0) * np.cos(y / 31.0)) * (0.5 + 0.5 * np.cos(z / 17.0))
              + 900.0 * np.exp(-(((x - nx / 2) ** 2 + (y - ny / 3) ** 2) / (2 * (nx / 6) ** 2)) - ((z - 40) / 60.0) ** 2))
    counts = rng.poisson(signal).astype(np.float32)
    read_noise = rng.normal(0.0, 2.0, size=counts.shape).astype(np.float32)
    return np.clip(100.0 + counts + read_noise, 0, 65535).astype('<u2')


def generate(path, nz, ny, nx, seed):
    rng = np.random.default_rng(seed)
    compressor = Blosc(cname='lz4', clevel=5, shuffle=Blosc.SHUFFLE)
    a = zarr.open(path, mode='w', shape=(nz, ny, nx), chunks=(CHUNK, CHUNK, CHUNK), dtype='<u2',
                  compressor=compressor, fill_value=0, order='C')
    for z0 in range(0, nz, CHUNK):
        n = min(CHUNK, nz - z0)
        a[z0:z0 + n] = content(z0, n, ny, nx, rng)
    info = {"nbytes": int(a.nbytes), "nbytes_stored": int(a.nbytes_stored)}
    # Written last: the Java side reuses a folder only when this marker is present.
    a.attrs["zarr_ij_bench"] = {"complete": True, "seed": seed, "content": 1}
    return info


def serve(path):
    """Opens the array, reads it once untimed, then times one read per request line on stdin:
    'read' is z[...] (a new numpy array each time), 'read-into' fills one preallocated array."""
    a = zarr.open(path, mode='r')
    data = a[...]  # untimed warm-up: page cache, allocator, imports
    checksum = int(data.sum(dtype=np.uint64))
    out = data  # kept (its memory already touched) for 'read-into'
    reply({"checksum": checksum, "nbytes": int(a.nbytes), "zarr": zarr.__version__,
           "numcodecs": __import__("numcodecs").__version__, "blosc_threads": blosc.get_nthreads(),
           "blosc_use_threads": repr(blosc.use_threads)})
    for line in sys.stdin:
        request = line.strip()
        if request not in ("read", "read-into"):
            break
        r0 = resource.getrusage(resource.RUSAGE_SELF)  # all threads of the process, blosc's included
        t0 = time.perf_counter()
        if request == "read":
            data = a[...]
        else:
            a.get_basic_selection(Ellipsis, out=out)
        seconds = time.perf_counter() - t0
        r1 = resource.getrusage(resource.RUSAGE_SELF)
        data = None
        user = r1.ru_utime - r0.ru_utime
        system = r1.ru_stime - r0.ru_stime
        reply({"seconds": seconds, "cpu_seconds": user + system, "user_seconds": user, "sys_seconds": system})


def reply(obj):
    sys.stdout.write(json.dumps(obj) + "\n")
    sys.stdout.flush()


def main(argv):
    if argv[1] == "generate":
        reply(generate(argv[2], int(argv[3]), int(argv[4]), int(argv[5]), int(argv[6])))
    elif argv[1] == "serve":
        serve(argv[2])
    else:
        raise SystemExit("unknown mode " + argv[1])


if __name__ == "__main__":
    main(sys.argv)
