// Helpers shared by write-arrays.mjs and read-arrays.mjs: data types as zarrita holds them, raw
// little-endian C-order bytes (the form the Java tests exchange expected data in), comparison, a seeded
// random generator and a CRC-32C written from its definition (Castagnoli polynomial, reflected).
import * as zarr from "zarrita";

/** Bytes per element and how zarrita holds each data type (Node 20 has no Float16Array, so no float16). */
export const DTYPES = {
  bool: { size: 1, make: (buf, off, n) => new zarr.BoolArray(buf, off, n) },
  int8: { size: 1, make: (buf, off, n) => new Int8Array(buf, off, n) },
  int16: { size: 2, make: (buf, off, n) => new Int16Array(buf, off, n) },
  int32: { size: 4, make: (buf, off, n) => new Int32Array(buf, off, n) },
  int64: { size: 8, make: (buf, off, n) => new BigInt64Array(buf, off, n) },
  uint8: { size: 1, make: (buf, off, n) => new Uint8Array(buf, off, n) },
  uint16: { size: 2, make: (buf, off, n) => new Uint16Array(buf, off, n) },
  uint32: { size: 4, make: (buf, off, n) => new Uint32Array(buf, off, n) },
  uint64: { size: 8, make: (buf, off, n) => new BigUint64Array(buf, off, n) },
  float32: { size: 4, make: (buf, off, n) => new Float32Array(buf, off, n), float: true },
  float64: { size: 8, make: (buf, off, n) => new Float64Array(buf, off, n), float: true },
};

export function dtype(name) {
  const d = DTYPES[name];
  if (!d) throw new Error(`no such data type here: ${name}`);
  return d;
}

/** A typed view (as zarrita wants it) over a fresh copy of little-endian bytes. */
export function typedFromBytes(name, bytes) {
  const d = dtype(name);
  const copy = new Uint8Array(bytes); // aligned, owns its buffer
  return d.make(copy.buffer, 0, copy.length / d.size);
}

export function product(shape) {
  return shape.reduce((a, b) => a * b, 1);
}

export function cStrides(shape) {
  const s = new Array(shape.length);
  let step = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    s[i] = step;
    step *= shape[i];
  }
  return s;
}

/**
 * The C-order bytes of zarrita's result {data, shape, stride}: zarrita keeps a transposed array's native
 * order in its output (strides not C), so walk the strides.
 */
export function toCOrderBytes(chunk, size) {
  const { data, shape, stride } = chunk;
  const src = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  const n = product(shape);
  const out = new Uint8Array(n * size);
  const idx = new Array(shape.length).fill(0);
  for (let k = 0; k < n; k++) {
    let off = 0;
    for (let d = 0; d < shape.length; d++) off += idx[d] * stride[d];
    out.set(src.subarray(off * size, off * size + size), k * size);
    for (let d = shape.length - 1; d >= 0; d--) {
      if (++idx[d] < shape[d]) break;
      idx[d] = 0;
    }
  }
  return out;
}

/** Visits every element of box [lo, hi) of an array of {@code shape}: fn(linear index in the array, k in the box). */
export function forEachInBox(shape, lo, hi, fn) {
  const rank = shape.length;
  const strides = cStrides(shape);
  const count = lo.map((l, i) => hi[i] - l);
  const n = product(count);
  const idx = new Array(rank).fill(0);
  for (let k = 0; k < n; k++) {
    let lin = 0;
    for (let d = 0; d < rank; d++) lin += (lo[d] + idx[d]) * strides[d];
    fn(lin, k);
    for (let d = rank - 1; d >= 0; d--) {
      if (++idx[d] < count[d]) break;
      idx[d] = 0;
    }
  }
}

/** The bytes of box [lo, hi) cut from a whole array's C-order bytes. */
export function cutBox(bytes, shape, lo, hi, size) {
  const n = product(lo.map((l, i) => hi[i] - l));
  const out = new Uint8Array(n * size);
  forEachInBox(shape, lo, hi, (lin, k) => out.set(bytes.subarray(lin * size, lin * size + size), k * size));
  return out;
}

/** Copies box values (C order) into a whole array's bytes. */
export function pasteBox(bytes, shape, lo, hi, size, values) {
  forEachInBox(shape, lo, hi, (lin, k) => bytes.set(values.subarray(k * size, k * size + size), lin * size));
}

function isNaNAt(bytes, i, name) {
  const v = new DataView(bytes.buffer, bytes.byteOffset + i * dtype(name).size);
  return name === "float32" ? Number.isNaN(v.getFloat32(0, true)) : Number.isNaN(v.getFloat64(0, true));
}

/** Compares element by element (any NaN equals any NaN); returns null or a description of the first differences. */
export function compareBytes(name, expected, actual) {
  const size = dtype(name).size;
  if (expected.length !== actual.length) {
    return `expected ${expected.length / size} elements, found ${actual.length / size}`;
  }
  const bad = [];
  for (let i = 0; i < expected.length / size; i++) {
    let same = true;
    for (let j = 0; j < size; j++) {
      if (expected[i * size + j] !== actual[i * size + j]) same = false;
    }
    if (!same && dtype(name).float && isNaNAt(expected, i, name) && isNaNAt(actual, i, name)) same = true;
    if (!same) {
      bad.push(i);
      if (bad.length >= 3) break;
    }
  }
  if (bad.length === 0) return null;
  const hex = (b, i) => Buffer.from(b.subarray(i * size, i * size + size)).toString("hex");
  return bad.map((i) => `element ${i}: expected ${hex(expected, i)} found ${hex(actual, i)}`).join("; ");
}

/** mulberry32: a small seeded generator, so every run writes the same data. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SPECIAL_F32 = [0, -0, Infinity, -Infinity, NaN, 1.401298464324817e-45, 3.4028234663852886e38, -1.5];
const SPECIAL_F64 = [0, -0, Infinity, -Infinity, NaN, 5e-324, Number.MAX_VALUE, Math.PI];

/**
 * {@code n} elements of {@code name} as little-endian bytes: random bit patterns for integers (so minimum and
 * maximum appear), 0/1 for bool, random finite floats with the special values (signed zeros, infinities, NaN,
 * the smallest subnormal, the largest finite) first.
 */
export function randomElements(name, n, rnd) {
  const size = dtype(name).size;
  const out = new Uint8Array(n * size);
  for (let i = 0; i < out.length; i++) out[i] = Math.floor(rnd() * 256);
  const view = new DataView(out.buffer);
  if (name === "bool") {
    for (let i = 0; i < n; i++) out[i] = rnd() < 0.5 ? 0 : 1;
  } else if (name === "float32" || name === "float64") {
    const specials = name === "float32" ? SPECIAL_F32 : SPECIAL_F64;
    for (let i = 0; i < n; i++) {
      if (i < specials.length) {
        if (name === "float32") view.setFloat32(i * 4, specials[i], true);
        else view.setFloat64(i * 8, specials[i], true);
        continue;
      }
      const v = name === "float32" ? view.getFloat32(i * 4, true) : view.getFloat64(i * 8, true);
      if (!Number.isFinite(v)) out[i * size + size - 1] ^= 0x40; // clear the top exponent bit: finite
    }
  }
  return out;
}

/**
 * {@code n} compressible elements of {@code name} (a saw tooth with a little noise), so that compressors really
 * compress (random bits would be stored as is: blosc copies incompressible blocks verbatim).
 */
export function smoothElements(name, n, rnd) {
  const size = dtype(name).size;
  const out = new Uint8Array(n * size);
  for (let i = 0; i < n; i++) {
    const v = name === "bool" ? Math.floor(i / 7) % 2 : (i % 37) + Math.floor(rnd() * 4);
    out.set(fillBytes(name, dtype(name).float ? v * 0.25 : v), i * size);
  }
  return out;
}

/** One element of {@code name} holding fill value {@code fill} (as zarr.json writes it), little-endian. */
export function fillBytes(name, fill) {
  const size = dtype(name).size;
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  const num = typeof fill === "string" ? { NaN: NaN, Infinity: Infinity, "-Infinity": -Infinity }[fill] : fill;
  switch (name) {
    case "bool": out[0] = fill ? 1 : 0; break;
    case "int8": view.setInt8(0, num); break;
    case "uint8": view.setUint8(0, num); break;
    case "int16": view.setInt16(0, num, true); break;
    case "uint16": view.setUint16(0, num, true); break;
    case "int32": view.setInt32(0, num, true); break;
    case "uint32": view.setUint32(0, num, true); break;
    case "int64": view.setBigInt64(0, BigInt(num), true); break;
    case "uint64": view.setBigUint64(0, BigInt(num), true); break;
    case "float32": view.setFloat32(0, num, true); break;
    case "float64": view.setFloat64(0, num, true); break;
    default: throw new Error(name);
  }
  return out;
}

const CRC32C_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0x82f63b78 : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export function crc32c(bytes) {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = CRC32C_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

if (crc32c(new TextEncoder().encode("123456789")) !== 0xe3069283) {
  throw new Error("crc32c check value wrong"); // the standard check value of CRC-32C
}
