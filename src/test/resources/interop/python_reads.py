# zarr-python reads what zarr-ij wrote, for ZarrPythonReadsTest.
# Usage: python3 python_reads.py DIR   (DIR/index.json lists the cases)
# Prints one line per case: "OK name" or "FAIL name: reason".
# v2 arrays are opened with zarr. zarr-python 2.13 cannot read v3, so v3 arrays are assembled here from
# their zarr.json and chunk files, each chunk decoded with numcodecs.
import json
import os
import struct
import sys

import numpy as np
import numcodecs
import zarr
from numcodecs import GZip, Blosc, Zstd

DIR = sys.argv[1]


def parse_fill(v, dt):
    if v is None:
        return None
    if dt.kind == 'c':
        return complex(float(v[0]), float(v[1]))
    if dt.kind == 'f':
        return float(v)
    if dt.kind == 'b':
        return bool(v)
    return int(v)


def same_fill(found, wanted, dt):
    if found is None or wanted is None:
        return found is None and wanted is None
    return np.array_equal(np.array(found, dtype=dt), np.array(wanted, dtype=dt), equal_nan=dt.kind in 'fc')


def compare_data(a, e):
    """None when a equals e (values, NaN-aware, and bits), else what differs."""
    if a.shape != e.shape:
        return 'shape %s, expected %s' % (a.shape, e.shape)
    floating = e.dtype.kind in 'fc'
    if not np.array_equal(a, e, equal_nan=floating):
        if floating:
            differ = ~((a == e) | (np.isnan(a) & np.isnan(e)))
        else:
            differ = a != e
        first = np.argwhere(differ)[0] if a.ndim else ()
        return '%d of %d elements differ, first at %s: %r, expected %r' % (
            int(np.count_nonzero(differ)), e.size, tuple(int(i) for i in first), a[tuple(first)], e[tuple(first)])
    le = a.astype(a.dtype.newbyteorder('<'))
    if le.tobytes() != e.tobytes():
        return 'values equal but bits differ'
    return None


def check_v2(c, path, dt):
    z = zarr.open(path, mode='r')
    if not isinstance(z, zarr.Array):
        return 'zarr opened %r, not an array' % (z,)
    if z.dtype.str != dt.str:
        return 'dtype %s, expected %s' % (z.dtype.str, dt.str)
    if z.shape != tuple(c['shape']) or z.chunks != tuple(c['chunks']):
        return 'shape %s chunks %s, expected %s %s' % (z.shape, z.chunks, c['shape'], c['chunks'])
    if z.order != c['order']:
        return 'order %s, expected %s' % (z.order, c['order'])
    if z._dimension_separator != c['separator']:
        return 'dimension_separator %r, expected %r' % (z._dimension_separator, c['separator'])
    if not same_fill(z.fill_value, parse_fill(c['fill'], dt), dt):
        return 'fill_value %r, expected %r' % (z.fill_value, c['fill'])
    want = c['compressor']
    if want is None:
        if z.compressor is not None:
            return 'compressor %r, expected none' % (z.compressor,)
    else:
        found = z.compressor.get_config() if z.compressor is not None else None
        if found is None or any(found.get(k) != v for k, v in want.items()):
            return 'compressor %r, expected %r' % (found, want)
    nested = [d for d in os.listdir(path) if os.path.isdir(os.path.join(path, d))]
    if len(c['shape']) > 1 and z.nchunks_initialized > 0 and bool(nested) != (c['separator'] == '/'):
        return 'chunk files %s do not follow separator %r' % (sorted(os.listdir(path)), c['separator'])
    return compare_data(z[...], load_expected(c))


def load_expected(c):
    return np.load(os.path.join(DIR, c['expected']))


def crc32c(data):
    crc = 0xFFFFFFFF
    for b in data:
        crc ^= b
        for _ in range(8):
            crc = (crc >> 1) ^ (0x82F63B78 if crc & 1 else 0)
    return crc ^ 0xFFFFFFFF


def v3_fill(v, dt):
    def part(x, bits):
        if isinstance(x, str) and x.startswith('0x'):
            raw = int(x, 16).to_bytes(bits // 8, 'big')
            return np.frombuffer(raw, dtype='>f%d' % (bits // 8))[0]
        return float(x)
    if dt.kind == 'c':
        bits = dt.itemsize * 4
        return complex(part(v[0], bits), part(v[1], bits))
    if dt.kind == 'f':
        return part(v, dt.itemsize * 8)
    return v


def decode_bytes_codec(codec, buf):
    name, cfg = codec['name'], codec.get('configuration', {})
    if name == 'gzip':
        return GZip().decode(buf)
    if name == 'zstd':
        return Zstd().decode(buf)
    if name == 'blosc':
        if cfg.get('typesize') is None:
            raise ValueError('blosc without typesize: %r' % cfg)
        return Blosc().decode(buf)
    if name == 'crc32c':
        body, stored = bytes(buf[:-4]), struct.unpack('<I', bytes(buf[-4:]))[0]
        if crc32c(body) != stored:
            raise ValueError('crc32c mismatch')
        return body
    if name.startswith('numcodecs.'):
        return numcodecs.get_codec(dict(cfg, id=name[len('numcodecs.'):])).decode(buf)
    raise ValueError('unknown codec %r' % name)


def check_v3(c, path, dt):
    with open(os.path.join(path, 'zarr.json')) as f:
        meta = json.load(f)
    rank = len(c['shape'])
    if meta.get('zarr_format') != 3 or meta.get('node_type') != 'array':
        return 'not a v3 array: %r' % meta
    if meta['data_type'] != c['v3_dtype'] or meta['shape'] != c['shape']:
        return 'data_type %r shape %r, expected %r %r' % (meta['data_type'], meta['shape'], c['v3_dtype'], c['shape'])
    grid = meta['chunk_grid']
    if grid != {'name': 'regular', 'configuration': {'chunk_shape': c['chunks']}}:
        return 'chunk_grid %r' % grid
    enc = meta['chunk_key_encoding']
    if enc != {'name': 'default', 'configuration': {'separator': c['separator']}}:
        return 'chunk_key_encoding %r, expected separator %r' % (enc, c['separator'])
    codecs = meta['codecs']
    perm = None
    if codecs and codecs[0]['name'] == 'transpose':
        perm = codecs[0]['configuration']['order']
        if c['order'] != 'F' or perm != list(range(rank - 1, -1, -1)):
            return 'transpose %r for order %s' % (perm, c['order'])
        codecs = codecs[1:]
    elif c['order'] == 'F' and rank > 1:
        return 'order F without a transpose codec'
    if not codecs or codecs[0]['name'] != 'bytes':
        return 'no bytes codec: %r' % meta['codecs']
    endian = codecs[0].get('configuration', {}).get('endian')
    if dt.itemsize > 1 and endian != {'<': 'little', '>': 'big'}[dt.str[0]]:
        return 'bytes endian %r for %s' % (endian, dt.str)
    bytes_codecs = codecs[1:]
    if [b['name'] for b in bytes_codecs] != c['compressor']:
        return 'codecs %r, expected %r' % ([b['name'] for b in bytes_codecs], c['compressor'])
    fill = v3_fill(meta['fill_value'], dt)
    if not same_fill(fill, parse_fill(c['fill'], dt), dt):
        return 'fill_value %r, expected %r' % (meta['fill_value'], c['fill'])
    shape, chunks = c['shape'], c['chunks']
    out = np.full(shape, fill, dtype=dt)
    grid_shape = [-(-s // k) for s, k in zip(shape, chunks)]
    for coords in np.ndindex(*grid_shape):
        key = 'c' + ''.join(c['separator'] + str(i) for i in coords)
        file = os.path.join(path, *key.split('/'))
        if not os.path.exists(file):
            continue
        with open(file, 'rb') as f:
            buf = f.read()
        for codec in reversed(bytes_codecs):
            buf = decode_bytes_codec(codec, buf)
        inner = [chunks[p] for p in perm] if perm else chunks
        arr = np.frombuffer(bytes(buf), dtype=dt)
        if arr.size != int(np.prod(inner)):
            return 'chunk %s holds %d elements, expected %d' % (key, arr.size, int(np.prod(inner)))
        arr = arr.reshape(inner)
        if perm:
            arr = arr.transpose(np.argsort(perm))
        sel = tuple(slice(i * k, min((i + 1) * k, s)) for i, k, s in zip(coords, chunks, shape))
        out[sel] = arr[tuple(slice(0, x.stop - x.start) for x in sel)]
    return compare_data(out, load_expected(c))


def main():
    with open(os.path.join(DIR, 'index.json')) as f:
        index = json.load(f)
    for c in index['cases']:
        path = os.path.join(DIR, c['path'])
        dt = np.dtype(c['dtype'])
        try:
            problem = (check_v2 if c['format'] == 2 else check_v3)(c, path, dt)
        except Exception as e:  # a case that raises is a failure of that case, not of the run
            problem = '%s: %s' % (type(e).__name__, e)
        print('OK ' + c['name'] if problem is None else 'FAIL %s: %s' % (c['name'], problem))


main()
