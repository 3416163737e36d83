import * as zlib from "node:zlib";
import { crc32 } from "../src/workbook/zip";
import type { ZipInflater } from "../src/workbook/zip";
import type { ZipDeflater } from "../src/workbook/zipWriter";

/** zlib.crc32 is in Node ≥ 20.15 and 22.2 (native, about 20 × the plain one); older Node gets the plain one. */
const nodeCrc32: (data: Uint8Array, seed: number) => number =
  typeof zlib.crc32 === "function" ? (data, seed) => zlib.crc32(data, seed) : crc32;

/** Node's zlib for the shared zip layer: native inflate and CRC-32 (zlib.crc32 is in Node ≥ 20.15 and 22.2). */
export const NODE_INFLATER: ZipInflater = {
  inflate: (raw, size) =>
    // one output buffer of the size the directory gives (within reason), and never more than that
    zlib.inflateRawSync(raw, { chunkSize: Math.max(1024, Math.min(size, SYNC_BYTES)), maxOutputLength: Math.max(1, size) }),
  stream: (raw, pieceBytes) => {
    const inflater = zlib.createInflateRaw({ chunkSize: pieceBytes });
    inflater.end(raw);
    return inflater as AsyncIterable<Buffer>;
  },
  crc32: nodeCrc32,
};

/** Entries up to this size inflate in one output buffer; bigger ones in chunks. */
const SYNC_BYTES = 128 << 20;

/** Parts above this size are compressed at zlib's fastest level. */
const FAST_BYTES = 4 << 20;

/**
 * Node's zlib for the zip writer: the changed parts of a workbook compressed as Excel does
 * (level 6), a big sheet at level 1: 50 MB of sheet XML in a quarter of the time, about 30 %
 * bigger (bench/README.md), as exceljs' own writer stored it.
 */
export const NODE_DEFLATER: ZipDeflater = {
  deflate: (data) => zlib.deflateRawSync(data, data.length > FAST_BYTES ? { level: 1 } : {}),
  crc32: nodeCrc32,
};
