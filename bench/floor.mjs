// The floor for reading an .xlsx: what no reader can do without. Reads the file, inflates every
// part of the zip (Node's zlib, as cli/readXlsx.ts does) and scans every inflated byte once in
// JavaScript (counting tags, so the loop cannot be dropped); it decodes no text and builds no
// cells. Plain JavaScript run by plain `node`, so its time is Node's start-up plus that work, the
// same start-up `node bin/kaste.js` pays. bench/ratios.bench.ts times `kaste check` against it.
//
//   node bench/floor.mjs bench/out/ledger-100k.xlsx
import { readFileSync } from "node:fs";
import { inflateRawSync } from "node:zlib";

const path = process.argv[2];
if (!path) {
  process.stderr.write("usage: node bench/floor.mjs FILE.xlsx\n");
  process.exit(2);
}
const file = readFileSync(path);

// The end of central directory record: the last "PK\x05\x06" in the file.
let eocd = file.length - 22;
while (eocd >= 0 && file.readUInt32LE(eocd) !== 0x06054b50) eocd--;
if (eocd < 0) throw new Error(`${path}: not a zip`);
const entries = file.readUInt16LE(eocd + 10);

let inflated = 0;
let tags = 0;
for (let i = 0, at = file.readUInt32LE(eocd + 16); i < entries; i++) {
  const method = file.readUInt16LE(at + 10);
  const compressedSize = file.readUInt32LE(at + 20);
  const nameLength = file.readUInt16LE(at + 28);
  const extraLength = file.readUInt16LE(at + 30);
  const commentLength = file.readUInt16LE(at + 32);
  const localOffset = file.readUInt32LE(at + 42);
  at += 46 + nameLength + extraLength + commentLength;
  const dataAt = localOffset + 30 + file.readUInt16LE(localOffset + 26) + file.readUInt16LE(localOffset + 28);
  const raw = file.subarray(dataAt, dataAt + compressedSize);
  const bytes = method === 8 ? inflateRawSync(raw) : raw;
  inflated += bytes.length;
  for (let b = 0; b < bytes.length; b++) if (bytes[b] === 60 /* < */) tags++;
}
process.stdout.write(`${entries} parts, ${inflated} bytes inflated, ${tags} tags\n`);
