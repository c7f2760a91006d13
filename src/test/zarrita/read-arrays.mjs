// zarrita reads the Zarr v3 arrays zarr-ij wrote for ZarritaReadsTest: `node read-arrays.mjs DIR`.
//
// DIR/cases.json lists {name, dtype, shape, box?: {lo, hi}}; DIR/<name> is the array and DIR/<name>.bin its
// expected values (little-endian, C order). For each case this prints "OK name" or "FAIL name: reason",
// after opening the array with zarr.open, reading it whole with zarr.get and, when a box is given, reading
// that box too. Only zarrita's own codecs are used here (its default registry, untouched).
import * as fs from "node:fs";
import * as path from "node:path";
import * as zarr from "zarrita";
import FileSystemStore from "@zarrita/storage/fs";
import { compareBytes, cutBox, dtype, toCOrderBytes } from "./lib.mjs";

const dir = process.argv[2];
if (!dir) throw new Error("usage: node read-arrays.mjs DIR");

/** The little-endian bytes of a zarr.get result (a scalar for a zero-dimensional array). */
function resultBytes(t, result, shape) {
  const size = dtype(t).size;
  if (shape.length > 0) return toCOrderBytes(result, size);
  const one = dtype(t).make(new ArrayBuffer(size), 0, 1);
  if (one instanceof zarr.BoolArray) one.set(0, result);
  else one[0] = result;
  return new Uint8Array(one.buffer);
}

async function check(c) {
  const arr = await zarr.open(new FileSystemStore(path.join(dir, c.name)), { kind: "array" });
  if (arr.dtype !== c.dtype || JSON.stringify(arr.shape) !== JSON.stringify(c.shape)) {
    return `opened as ${arr.dtype}${JSON.stringify(arr.shape)}, expected ${c.dtype}${JSON.stringify(c.shape)}`;
  }
  const expected = new Uint8Array(fs.readFileSync(path.join(dir, `${c.name}.bin`)));
  const whole = compareBytes(c.dtype, expected, resultBytes(c.dtype, await zarr.get(arr), c.shape));
  if (whole) return `whole array: ${whole}`;
  if (c.box) {
    const { lo, hi } = c.box;
    const got = await zarr.get(arr, lo.map((l, i) => zarr.slice(l, hi[i])));
    const part = compareBytes(c.dtype, cutBox(expected, c.shape, lo, hi, dtype(c.dtype).size),
      toCOrderBytes(got, dtype(c.dtype).size));
    if (part) return `box ${JSON.stringify(lo)}..${JSON.stringify(hi)}: ${part}`;
  }
  return null;
}

const cases = JSON.parse(fs.readFileSync(path.join(dir, "cases.json"), "utf8"));
for (const c of cases) {
  let failure;
  try {
    failure = await check(c);
  } catch (e) {
    failure = `${e?.name ?? "error"}: ${e?.message ?? e}${e?.cause ? ` (cause: ${e.cause.message ?? e.cause})` : ""}`;
  }
  console.log(failure ? `FAIL ${c.name}: ${failure.replace(/\n/g, " ")}` : `OK ${c.name}`);
}
