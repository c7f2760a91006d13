// zarrita writes Zarr v3 arrays for ZarritaWritesTest: `node write-arrays.mjs OUT_DIR`.
//
// Each case becomes OUT_DIR/<name> (the array), OUT_DIR/<name>.bin (the whole array's expected values,
// little-endian, C order, fill value where nothing was written) and an entry in OUT_DIR/cases.json.
//
// zarrita 0.7 encodes bytes (little/big), transpose, blosc, zstd and numcodecs.lz4 itself. It has no encoder
// for gzip, zlib or crc32c (decode only) and cannot write sharded arrays (`set` refuses them). So:
// - gzip / numcodecs.zlib are encoded by node:zlib and crc32c by lib.mjs (written from the CRC-32C
//   definition), registered in zarrita's codec registry: zarrita still does the chunking, edge chunks,
//   partial chunk updates and the rest of the pipeline;
// - sharded arrays are built by hand following the sharding_indexed spec: zarrita writes the metadata and
//   encodes the inner chunks (as chunks of an in-memory array of the inner chunk shape), this script packs
//   them into shards with the index (uint64 offset/length pairs, 2^64-1 for an absent chunk, encoded by the
//   index codecs) at the end or the start;
// - zarrita passes blosc's v3 "shuffle" name to numcodecs.js, which wants a number and silently falls back
//   to no shuffle; a thin wrapper maps the names to numbers so real shuffled/bit-shuffled blosc frames are made.
import * as fs from "node:fs";
import * as path from "node:path";
import * as nodeZlib from "node:zlib";
import * as zarr from "zarrita";
import FileSystemStore from "@zarrita/storage/fs";
import {
  compareBytes, crc32c, cStrides, dtype, fillBytes, pasteBox, product, random, randomElements, smoothElements,
  toCOrderBytes, typedFromBytes,
} from "./lib.mjs";

const out = process.argv[2];
if (!out) throw new Error("usage: node write-arrays.mjs OUT_DIR");

class GzipByNode {
  kind = "bytes_to_bytes";
  constructor(level) { this.level = level; }
  static fromConfig(c) { return new GzipByNode(c?.level ?? 6); }
  encode(b) { return new Uint8Array(nodeZlib.gzipSync(b, { level: this.level })); }
  decode(b) { return new Uint8Array(nodeZlib.gunzipSync(b)); }
}

class ZlibByNode {
  kind = "bytes_to_bytes";
  constructor(level) { this.level = level; }
  static fromConfig(c) { return new ZlibByNode(c?.level ?? 6); }
  encode(b) { return new Uint8Array(nodeZlib.deflateSync(b, { level: this.level })); }
  decode(b) { return new Uint8Array(nodeZlib.inflateSync(b)); }
}

class Crc32cByHand {
  kind = "bytes_to_bytes";
  static fromConfig() { return new Crc32cByHand(); }
  encode(b) {
    const o = new Uint8Array(b.length + 4);
    o.set(b);
    new DataView(o.buffer).setUint32(b.length, crc32c(b), true);
    return o;
  }
  // A copy, not a view (a Node Buffer's slice is a view): zarrita's bytes encoder serializes a chunk's whole
  // ArrayBuffer (it ignores the view's offset and length), so a partly updated chunk decoded into a view
  // would be stored with the old checksum inside it.
  decode(b) { return Uint8Array.prototype.slice.call(b, 0, b.length - 4); }
  computeEncodedSize(n) { return n + 4; }
}

const NumcodecsBlosc = await zarr.registry.get("blosc")();
const SHUFFLE_CODES = { noshuffle: 0, shuffle: 1, bitshuffle: 2 };
const BloscWithV3Names = {
  fromConfig: (c) => NumcodecsBlosc.fromConfig({ ...c, shuffle: SHUFFLE_CODES[c.shuffle] ?? c.shuffle }),
};

zarr.registry.set("gzip", () => GzipByNode);
zarr.registry.set("numcodecs.zlib", () => ZlibByNode);
zarr.registry.set("crc32c", () => Crc32cByHand);
zarr.registry.set("blosc", () => BloscWithV3Names);

const bytesLE = { name: "bytes", configuration: { endian: "little" } };
const bytesBE = { name: "bytes", configuration: { endian: "big" } };
const blosc = (cname, shuffle, t) => ({
  name: "blosc", configuration: { cname, clevel: 5, shuffle, typesize: dtype(t).size, blocksize: 0 },
});

// Values: random bits (all values, extremes and float specials) for the data type cases ("dense"), else
// compressible ones so that the compressors compress.
// SMALL (data types, byte order, fill values): 10 x 11 in chunks 3 x 4, written in three boxes, so the last
// chunk row and column are edge chunks, chunks (3,1) stays missing and partly written chunks keep the fill
// value elsewhere. LARGE (codecs, sharding): the same pattern over 40 x 50 in chunks 16 x 24, large enough
// (768 bytes and more) that blosc compresses instead of copying.
const SMALL = { shape: [10, 11], chunks: [3, 4], boxes: [[[0, 4], [0, 11]], [[4, 7], [0, 9]], [[8, 10], [0, 3]]] };
const LARGE = { shape: [40, 50], chunks: [16, 24], boxes: [[[0, 20], [0, 50]], [[20, 30], [0, 40]], [[32, 40], [0, 10]]] };
const LARGE3 = { shape: [12, 10, 14], chunks: [8, 6, 8], boxes: [[[0, 8], [0, 10], [0, 8]], [[8, 12], [0, 5], [0, 14]]] };

const FILLS = {
  bool: true, int8: -3, int16: -300, int32: -70000, int64: -5000000000, uint8: 200, uint16: 60000,
  uint32: 4000000000, uint64: 9007199254740991, float32: "NaN", float64: -2.5,
};

const cases = [];
const add = (c) => cases.push({ ...SMALL, codecs: [bytesLE], ...c });
const addLarge = (c) => add({ ...LARGE, ...c });

for (const t of Object.keys(FILLS)) {
  add({ name: `dtype_${t}`, dtype: t, fill: FILLS[t], scalarAt: [9, 10], dense: true });
  if (dtype(t).size > 1) add({ name: `big_endian_${t}`, dtype: t, fill: FILLS[t], codecs: [bytesBE], dense: true });
}
add({ name: "fill_null_uint8", dtype: "uint8", fill: undefined });
add({ name: "fill_infinity_float64", dtype: "float64", fill: "Infinity" });
add({ name: "fill_minus_infinity_float32", dtype: "float32", fill: "-Infinity" });
add({ name: "fill_zero_int64", dtype: "int64", fill: 0 });
add({ name: "fill_false_bool", dtype: "bool", fill: false });
add({ name: "separator_dot", dtype: "int16", fill: 5, separator: "." });
add({ name: "one_dim", dtype: "float32", fill: 1.5, shape: [100], chunks: [32], boxes: [[[0, 70]]] });
add({ name: "chunk_bigger_than_array", dtype: "uint32", fill: 9, shape: [5, 3], chunks: [8, 8],
  boxes: [[[1, 4], [0, 2]]] });
addLarge({ name: "gzip_level1", dtype: "uint16", fill: 1, codecs: [bytesLE, { name: "gzip", configuration: { level: 1 } }] });
addLarge({ name: "gzip_level9", dtype: "float64", fill: 0, codecs: [bytesBE, { name: "gzip", configuration: { level: 9 } }] });
addLarge({ name: "numcodecs_zlib", dtype: "int32", fill: 0, codecs: [bytesLE, { name: "numcodecs.zlib", configuration: { level: 4 } }] });
addLarge({ name: "zstd_level1", dtype: "uint16", fill: 0, codecs: [bytesLE, { name: "zstd", configuration: { level: 1, checksum: false } }] });
addLarge({ name: "zstd_level9", dtype: "float64", fill: 0, codecs: [bytesLE, { name: "zstd", configuration: { level: 9, checksum: false } }] });
addLarge({ name: "numcodecs_lz4", dtype: "int32", fill: 0, codecs: [bytesLE, { name: "numcodecs.lz4", configuration: { acceleration: 1 } }] });
addLarge({ name: "crc32c", dtype: "int16", fill: 0, codecs: [bytesLE, { name: "crc32c" }] });
const bloscTypes = { blosclz: "uint16", lz4: "int32", lz4hc: "float64", zlib: "uint8", zstd: "int64" };
for (const [cname, t] of Object.entries(bloscTypes)) {
  for (const shuffle of ["noshuffle", "shuffle", "bitshuffle"]) {
    addLarge({ name: `blosc_${cname}_${shuffle}`, dtype: t, fill: 0, codecs: [bytesLE, blosc(cname, shuffle, t)] });
  }
}
addLarge({ name: "transpose_2d", dtype: "uint16", fill: 0, codecs: [{ name: "transpose", configuration: { order: [1, 0] } }, bytesLE] });
addLarge({ name: "transpose_3d_big_zstd", dtype: "float32", fill: 0, ...LARGE3,
  codecs: [{ name: "transpose", configuration: { order: [2, 0, 1] } }, bytesBE, { name: "zstd", configuration: { level: 3, checksum: false } }] });
addLarge({ name: "chain_transpose_blosc_crc32c", dtype: "int32", fill: -1,
  codecs: [{ name: "transpose", configuration: { order: [1, 0] } }, bytesBE, blosc("lz4", "shuffle", "int32"), { name: "crc32c" }] });
add({ name: "zero_dim", dtype: "float64", fill: 0, shape: [], chunks: [], boxes: [], scalarAt: [] });

// Sharded (built by hand, see the top): shards 16 x 24 of inner chunks 8 x 12 over 40 x 50, so edge shards
// hold inner chunks partly or wholly outside the array, some shards miss inner chunks and shards (2,1) and
// (2,2) are absent.
const indexCrc = [bytesLE, { name: "crc32c" }];
const shard = (c) => addLarge({ shardShape: [16, 24], chunks: [8, 12], indexCodecs: indexCrc, indexLocation: "end", ...c });
shard({ name: "sharded_index_end", dtype: "uint16", fill: 7 });
shard({ name: "sharded_index_start", dtype: "int32", fill: -7, indexLocation: "start" });
shard({ name: "sharded_index_big_endian_no_crc", dtype: "float64", fill: 0.5, indexCodecs: [bytesBE] });
shard({ name: "sharded_gzip", dtype: "float32", fill: 0, codecs: [bytesLE, { name: "gzip", configuration: { level: 5 } }] });
shard({ name: "sharded_nested_codecs", dtype: "int16", fill: 3, indexLocation: "start",
  codecs: [{ name: "transpose", configuration: { order: [1, 0] } }, bytesBE, blosc("zstd", "bitshuffle", "int16"), { name: "crc32c" }] });
shard({ name: "sharded_3d_zstd", dtype: "uint64", fill: 11, ...LARGE3, shardShape: [8, 6, 8], chunks: [4, 3, 4],
  codecs: [{ name: "transpose", configuration: { order: [2, 0, 1] } }, bytesLE, { name: "zstd", configuration: { level: 2, checksum: false } }] });

/** Writes the case's boxes (and scalar) into {@code arr} with zarrita, recording them in {@code expected}. */
async function writeData(c, arr, expected, rnd) {
  const size = dtype(c.dtype).size;
  for (const box of c.boxes) {
    const lo = box.map((b) => b[0]);
    const hi = box.map((b) => b[1]);
    const count = lo.map((l, i) => hi[i] - l);
    const values = c.dense ? randomElements(c.dtype, product(count), rnd) : smoothElements(c.dtype, product(count), rnd);
    pasteBox(expected, c.shape, lo, hi, size, values);
    await zarr.set(arr, box.map(([l, h]) => zarr.slice(l, h)),
      { data: typedFromBytes(c.dtype, values), shape: count, stride: cStrides(count) });
  }
  if (c.scalarAt) {
    const value = randomElements(c.dtype, 1, rnd);
    pasteBox(expected, c.shape, c.scalarAt, c.scalarAt.map((i) => i + 1), size, value);
    const typed = typedFromBytes(c.dtype, value);
    await zarr.set(arr, c.scalarAt.length === 0 ? null : c.scalarAt, "get" in typed ? typed.get(0) : typed[0]);
  }
}

/** Encodes a shard index as the index codecs say (bytes little/big, then optionally crc32c). */
function encodeIndex(entries, indexCodecs) {
  let bytes = new Uint8Array(entries.length * 8);
  const view = new DataView(bytes.buffer);
  for (const codec of indexCodecs) {
    if (codec.name === "bytes") {
      const little = codec.configuration.endian === "little";
      entries.forEach((e, i) => view.setBigUint64(i * 8, e, little));
    } else if (codec.name === "crc32c") {
      bytes = new Crc32cByHand().encode(bytes);
    } else {
      throw new Error(`index codec ${codec.name} not handled here`);
    }
  }
  return bytes;
}

/** Packs the inner chunks zarrita wrote into {@code inner} (a Map store) into shard files under {@code dir}. */
function packShards(c, inner, dir) {
  const rank = c.shape.length;
  const perShard = c.shardShape.map((s, i) => s / c.chunks[i]);
  const shardGrid = c.shape.map((s, i) => Math.ceil(s / c.shardShape[i]));
  const NONE = 2n ** 64n - 1n;
  const shardIdx = new Array(rank).fill(0);
  for (let s = 0; s < product(shardGrid); s++) {
    const chunks = [];
    const entries = [];
    const local = new Array(rank).fill(0);
    let offset = 0;
    for (let k = 0; k < product(perShard); k++) {
      const key = "/c/" + local.map((l, d) => shardIdx[d] * perShard[d] + l).join("/");
      const bytes = inner.get(key);
      if (bytes) {
        entries.push(BigInt(offset), BigInt(bytes.length));
        chunks.push(bytes);
        offset += bytes.length;
      } else {
        entries.push(NONE, NONE);
      }
      for (let d = rank - 1; d >= 0; d--) {
        if (++local[d] < perShard[d]) break;
        local[d] = 0;
      }
    }
    if (chunks.length > 0) {
      const indexSize = encodeIndex(entries, c.indexCodecs).length;
      const base = c.indexLocation === "start" ? indexSize : 0;
      const shifted = entries.map((e, i) => (i % 2 === 0 && e !== NONE ? e + BigInt(base) : e));
      const index = encodeIndex(shifted, c.indexCodecs);
      const parts = c.indexLocation === "start" ? [index, ...chunks] : [...chunks, index];
      const file = path.join(dir, "c", ...shardIdx.map(String));
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, Buffer.concat(parts));
    }
    for (let d = rank - 1; d >= 0; d--) {
      if (++shardIdx[d] < shardGrid[d]) break;
      shardIdx[d] = 0;
    }
  }
}

/**
 * zarrita reads the array back, so a fault in this script shows here rather than as a Java failure (zarrita
 * reads shard indexes from the end only: it cannot check the index_location "start" cases).
 */
async function selfCheck(c, dir, expected) {
  const arr = await zarr.open(new FileSystemStore(dir), { kind: "array" });
  const got = await zarr.get(arr);
  const bytes = c.shape.length === 0 ? typedBytes(c.dtype, got) : toCOrderBytes(got, dtype(c.dtype).size);
  const diff = compareBytes(c.dtype, expected, bytes);
  if (diff) throw new Error(`${c.name}: zarrita does not read back what it wrote: ${diff}`);
}

/** The little-endian bytes of one scalar as zarrita returns it for a zero-dimensional array. */
function typedBytes(t, value) {
  const one = typedFromBytes(t, new Uint8Array(dtype(t).size));
  if (one instanceof zarr.BoolArray) one.set(0, value);
  else one[0] = value;
  return new Uint8Array(one.buffer);
}

fs.mkdirSync(out, { recursive: true });
let seed = 1;
for (const c of cases) {
  const dir = path.join(out, c.name);
  const size = dtype(c.dtype).size;
  const fill = c.fill === undefined ? new Uint8Array(size) : fillBytes(c.dtype, c.fill);
  const expected = new Uint8Array(product(c.shape) * size);
  for (let i = 0; i < product(c.shape); i++) expected.set(fill, i * size);
  const rnd = random(seed++);
  const common = { shape: c.shape, dtype: c.dtype, fillValue: c.fill };
  if (c.shardShape) {
    const scratch = await zarr.create(zarr.root(new Map()), { ...common, chunkShape: c.chunks, codecs: c.codecs });
    await writeData(c, scratch, expected, rnd);
    await zarr.create(new FileSystemStore(dir), {
      ...common, chunkShape: c.shardShape, codecs: [{ name: "sharding_indexed", configuration: {
        chunk_shape: c.chunks, codecs: c.codecs, index_codecs: c.indexCodecs, index_location: c.indexLocation } }],
    });
    packShards(c, scratch.store, dir);
  } else {
    const arr = await zarr.create(new FileSystemStore(dir), {
      ...common, chunkShape: c.chunks, codecs: c.codecs, chunkSeparator: c.separator });
    await writeData(c, arr, expected, rnd);
  }
  fs.writeFileSync(path.join(out, `${c.name}.bin`), expected);
  if (c.indexLocation !== "start") await selfCheck(c, dir, expected);
}
fs.writeFileSync(path.join(out, "cases.json"), JSON.stringify(cases.map((c) => ({
  name: c.name, dtype: c.dtype, shape: c.shape, byHand: Boolean(c.shardShape),
})), null, 1));
console.log(`wrote ${cases.length} arrays`);
