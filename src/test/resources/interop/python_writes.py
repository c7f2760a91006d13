# zarr-python writes a matrix of Zarr v2 arrays for ZarrPythonWritesTest (zarr-ij reads them back).
# Usage: python3 python_writes.py OUT_DIR
# Writes OUT_DIR/arrays/<case> (one FileSystemStore holds them all), OUT_DIR/expected/<case>.npy (what
# zarr-python reads, little-endian, C order), OUT_DIR/expected/<case>.r<k>.npy (region reads) and
# OUT_DIR/index.json listing the cases.
import itertools
import json
import os
import sys

import numpy as np
import numcodecs
import zarr
from numcodecs import BZ2, GZip, LZ4, LZMA, Blosc, Delta, Zlib, Zstd

OUT = sys.argv[1]
rng = np.random.default_rng(20240611)

SINGLE_BYTE = ['|b1', '|i1', '|u1']
MULTI_BYTE = ['i2', 'i4', 'i8', 'u2', 'u4', 'u8', 'f2', 'f4', 'f8', 'c8', 'c16']
DTYPES = SINGLE_BYTE + [bo + d for d in MULTI_BYTE for bo in '<>']

BLOSC_CNAMES = ['blosclz', 'lz4', 'lz4hc', 'zlib', 'zstd']  # every numcodecs cname but snappy
SHUFFLES = [(Blosc.NOSHUFFLE, 'noshuffle'), (Blosc.SHUFFLE, 'shuffle'), (Blosc.BITSHUFFLE, 'bitshuffle')]
COMPRESSORS = ['none', 'zlib', 'gzip', 'zstd', 'lz4', 'bz2', 'lzma'] + [
    'blosc-%s-%s' % (c, s) for c in BLOSC_CNAMES for _, s in SHUFFLES]

# (shape, chunks, region specs in "start:stop:step / index" syntax shared with Region.parse).
# Period 9 is coprime with the 22 compressors and the 16 layout combinations, so every pairing occurs.
SHAPES = [
    ((7, 9, 5), (3, 4, 5), ['1:7:2,3,::2', '6,1:9:3,4', '::3,::4,1:5:2']),
    ((10, 11), (4, 3), ['1:10:3,2:11:4', '9,::2']),
    ((7, 9, 5), (3, 4, 5), ['0:7:3,-1,2:', '2,5,3']),
    ((23,), (5,), ['3:22:5', '7']),
    ((7, 9, 5), (3, 4, 5), [':,::8,4', '5:,:3,::4']),
    ((3, 4, 5, 6), (2, 3, 2, 4), ['1,::2,1:5:3,3:', '::2,3,:,::5']),
    ((4, 6, 3), (4, 6, 3), ['1:3,::5,1']),
    ((7, 9, 5), (3, 4, 5), ['4:5,0:9:2,1:4']),
    ((), (), []),
]
LAYOUTS = list(itertools.product('CF', './', ['zero', 'nonzero', 'special', 'none']))


def compressor(spec, counter):
    if spec == 'none':
        return None
    if spec == 'zlib':
        return Zlib(level=1 + counter % 9)
    if spec == 'gzip':
        return GZip(level=1 + counter % 9)
    if spec == 'zstd':
        return Zstd(level=[1, 3, 9, -1][counter % 4])
    if spec == 'lz4':
        return LZ4(acceleration=[1, 5][counter % 2])
    if spec == 'bz2':
        return BZ2(level=1 + counter % 9)
    if spec == 'lzma':
        return LZMA(preset=[1, 6][counter % 2])
    _, cname, sname = spec.split('-')
    shuffle = dict((s, v) for v, s in SHUFFLES)[sname]
    # clevel 0 makes blosc store blocks uncompressed; a forced small blocksize makes several blocks.
    return Blosc(cname=cname, clevel=[5, 1, 9, 0][counter % 4], shuffle=shuffle,
                 blocksize=[0, 256, 0][counter % 3])


def fill_for(dtype, kind):
    dt = np.dtype(dtype)
    if kind == 'zero':
        return 0
    if kind == 'none':
        return None
    if dt.kind == 'b':
        return True
    if dt.kind in 'iu':
        info = np.iinfo(dt)
        if kind == 'nonzero':
            return -7 if dt.kind == 'i' else 200
        return int(info.min) if dt.kind == 'i' else int(info.max)
    if kind == 'special':
        return float('nan') if dt.kind == 'f' else complex(float('nan'), 0)
    return -2.25 if dt.kind == 'f' else complex(1.5, -2.0)


def make_data(dtype, shape, specials=True):
    dt = np.dtype(dtype)
    n = int(np.prod(shape))
    if dt.kind == 'b':
        v = rng.integers(0, 2, n).astype(bool)
    elif dt.kind in 'iu':
        native = dt.newbyteorder('=')
        info = np.iinfo(native)
        v = rng.integers(info.min, info.max, n, dtype=native, endpoint=True)
    else:
        real = np.dtype('f%d' % (dt.itemsize // 2)) if dt.kind == 'c' else dt.newbyteorder('=')
        parts = []
        for _ in range(2 if dt.kind == 'c' else 1):
            p = (rng.standard_normal(n) * 100).astype(real)
            if specials:
                for pos, special in zip(rng.permutation(n)[:4], [np.nan, np.inf, -np.inf, -0.0]):
                    p[pos] = special
            parts.append(p)
        if dt.kind == 'f':
            v = parts[0]
        else:  # set the parts one by one: 1j * inf would make the real part NaN
            v = np.empty(n, dtype=dt.newbyteorder('='))
            v.real = parts[0]
            v.imag = parts[1]
    return v.astype(dt).reshape(shape)


def save_expected(name, value):
    a = np.asarray(value)
    a = a.astype(a.dtype.newbyteorder('<'), order='C')  # not ascontiguousarray: it makes 0-d arrays 1-d
    np.save(os.path.join(OUT, 'expected', name + '.npy'), a)
    return 'expected/' + name + '.npy'


def parse_region(spec):
    sel = []
    for p in spec.split(','):
        if ':' in p:
            sel.append(slice(*[int(x) if x.strip() else None for x in p.split(':')]))
        else:
            sel.append(int(p))
    return tuple(sel)


def fill_json(z):
    f = z.fill_value
    return None if f is None else repr(f)


def write_case(index, name, dtype, comp_spec, counter, layout, shape_entry, filters=None, partial=None):
    (order, sep, fill_kind) = layout
    shape, chunks, regions = shape_entry
    fill = fill_for(dtype, fill_kind)
    comp = compressor(comp_spec, counter) if isinstance(comp_spec, str) else comp_spec
    path = os.path.join(OUT, 'arrays', name)
    z = zarr.open_array(path, mode='w', shape=shape, chunks=chunks, dtype=dtype, compressor=comp,
                        fill_value=fill, order=order, dimension_separator=sep, filters=filters)
    # Delta filters on floats would turn inf - inf into NaN, so their data stays finite.
    data = make_data(dtype, shape, specials=not filters)
    # Arrays without a fill value are written whole: zarr-python returns uninitialised memory for
    # missing chunks there. The others leave chunks missing in about half of the cases.
    if partial is None:
        partial = fill is not None and len(shape) > 0 and counter % 2 == 0
    if partial:
        head = tuple([slice(0, min(shape[0], chunks[0] + 1))] + [slice(None)] * (len(shape) - 1))
        z[head] = data[head]
        corner = tuple(slice(s - 1, s) for s in shape)
        z[corner] = data[corner]
    elif len(shape) == 0 and fill is not None and counter % 3 == 0:
        pass  # a 0-d array whose only chunk is missing
    else:
        z[...] = data
    case = {
        'name': name, 'path': 'arrays/' + name, 'dtype': np.dtype(dtype).str, 'shape': list(shape),
        'chunks': list(chunks), 'order': order, 'separator': sep, 'fill': fill_json(z),
        'compressor': comp_spec if isinstance(comp_spec, str) else comp.codec_id,
        'filters': [f.get_config() for f in filters] if filters else None,
        'partial': bool(partial), 'expected': save_expected(name, z[...]), 'regions': [],
    }
    if counter % 3 == 0:
        for k, spec in enumerate(regions):
            case['regions'].append({'spec': spec, 'expected': save_expected('%s.r%d' % (name, k),
                                                                             z[parse_region(spec)])})
    index['cases'].append(case)


def main():
    os.makedirs(os.path.join(OUT, 'arrays'))
    os.makedirs(os.path.join(OUT, 'expected'))
    index = {'zarr': zarr.__version__, 'numcodecs': numcodecs.__version__, 'cases': [], 'groups': []}
    layout_cycle = []
    counter = 0
    for dtype in DTYPES:
        for comp_spec in COMPRESSORS:
            if not layout_cycle:  # every run of 16 cases takes each layout once, in a shuffled order
                layout_cycle = [LAYOUTS[i] for i in rng.permutation(len(LAYOUTS))]
            layout = layout_cycle.pop()
            shape_entry = SHAPES[counter % len(SHAPES)]
            tag = dtype.replace('<', 'L').replace('>', 'B').replace('|', '')
            name = '%03d_%s_%s_%s%s_%s' % (counter, tag, comp_spec, layout[0],
                                           'dot' if layout[1] == '.' else 'slash', layout[2])
            write_case(index, name, dtype, comp_spec, counter, layout, shape_entry)
            counter += 1

    # Delta filters before a compressor (numcodecs' Delta keeps the dtype).
    for k, dtype in enumerate(['<i4', '>i2', '<u8', '<f8', '>f4', '|i1']):
        layout = LAYOUTS[(5 * k) % len(LAYOUTS)]
        name = 'delta_%d_%s' % (k, dtype.replace('<', 'L').replace('>', 'B').replace('|', ''))
        write_case(index, name, dtype, Zlib(level=1) if k % 2 == 0 else Blosc('zstd', 3, Blosc.SHUFFLE),
                   k, layout, SHAPES[k % 2], filters=[Delta(dtype=dtype)], partial=False)

    # A consolidated group; one member's .zarray is then removed, so only .zmetadata describes it.
    g = zarr.open_group(os.path.join(OUT, 'arrays', 'consolidated'), mode='w')
    g.attrs['title'] = 'consolidated'
    a = g.create_dataset('a', shape=(5, 6), chunks=(2, 4), dtype='<i2', fill_value=3)
    a[1:4, :] = np.arange(18, dtype='<i2').reshape(3, 6)
    b = g.create_group('sub').create_dataset('b', shape=(9,), chunks=(4,), dtype='>f4',
                                             compressor=Zstd(level=1), fill_value=float('nan'))
    b[:5] = np.linspace(0, 1, 5)
    zarr.consolidate_metadata(os.path.join(OUT, 'arrays', 'consolidated'))
    os.remove(os.path.join(OUT, 'arrays', 'consolidated', 'sub', 'b', '.zarray'))
    c = zarr.open_consolidated(os.path.join(OUT, 'arrays', 'consolidated'), mode='r')
    index['groups'].append({
        'path': 'arrays/consolidated', 'children': sorted(c.group_keys()) + sorted(c.array_keys()),
        'attributes': dict(c.attrs),
        'members': [{'path': m, 'dtype': c[m].dtype.str, 'shape': list(c[m].shape),
                     'expected': save_expected('consolidated.' + m.replace('/', '.'), c[m][...])}
                    for m in ['a', 'sub/b']],
    })

    with open(os.path.join(OUT, 'index.json'), 'w') as f:
        json.dump(index, f, indent=1)
    print('cases', len(index['cases']))


main()
