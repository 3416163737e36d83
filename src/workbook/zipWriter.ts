/**
 * Writes a zip whose untouched entries are copied as they are stored (compressed bytes, checksum,
 * method) in their order, and whose new or changed parts alone are compressed: a workbook we
 * edit keeps every part we did not edit byte for byte (charts, pivot caches, VBA projects, parts
 * we know nothing of). Compressing is the platform's (Node's zlib in cli/) through `ZipDeflater`.
 */
import type { ZipArchive, ZipEntry } from "./zip";
import { ZipError } from "./zip";

/** The platform's raw-deflate encoder and CRC-32. */
export interface ZipDeflater {
  deflate(data: Uint8Array): Uint8Array;
  crc32(data: Uint8Array, seed: number): number;
}

/** An entry to write: new bytes to compress, or an entry of a read archive copied as stored. */
export type ZipPart =
  { readonly name: string; readonly bytes: Uint8Array } | { readonly name: string; readonly copy: ZipEntry; readonly from: ZipArchive };

/** A stored entry, ready for its headers. */
interface Stored {
  readonly name: Uint8Array;
  readonly method: number;
  readonly crc: number;
  readonly size: number;
  readonly raw: Uint8Array;
  /** The original's time and date fields, or 1.1.1980 for new parts (a fixed time: equal input, equal file). */
  readonly time: number;
  readonly date: number;
}

const DOS_1980 = { time: 0, date: (0 << 9) | (1 << 5) | 1 };
const MAX32 = 0xffffffff;

/** The zip of `parts` in their order. Throws a ZipError past 4 GB (no zip64 writing: the read limits keep far below). */
export function writeZip(parts: readonly ZipPart[], deflater: ZipDeflater): Uint8Array {
  const encoder = new TextEncoder();
  const stored: Stored[] = parts.map((part) => {
    const name = encoder.encode(part.name);
    if ("copy" in part) {
      const { copy, from } = part;
      return { name, method: copy.method, crc: copy.crc, size: copy.size, raw: from.raw(copy), time: copy.time, date: copy.date };
    }
    const deflated = deflater.deflate(part.bytes);
    const deflates = deflated.length < part.bytes.length;
    return {
      name,
      method: deflates ? 8 : 0,
      crc: deflater.crc32(part.bytes, 0),
      size: part.bytes.length,
      raw: deflates ? deflated : part.bytes,
      ...DOS_1980,
    };
  });
  const localBytes = stored.reduce((sum, s) => sum + 30 + s.name.length + s.raw.length, 0);
  const centralBytes = stored.reduce((sum, s) => sum + 46 + s.name.length, 0);
  const total = localBytes + centralBytes + 22;
  if (total > MAX32 || stored.length > 0xffff)
    throw new ZipError("too-large", {
      fi: "työkirjasta tulisi yli 4 Gt",
      sv: "arbetsboken skulle bli större än 4 GB",
      en: "the workbook would be over 4 GB",
    });
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  let at = 0;
  const offsets: number[] = [];
  for (const s of stored) {
    offsets.push(at);
    view.setUint32(at, 0x04034b50, true);
    view.setUint16(at + 4, 20, true);
    view.setUint16(at + 6, 0x800, true); // UTF-8 names; sizes in this header, no data descriptor
    view.setUint16(at + 8, s.method, true);
    view.setUint16(at + 10, s.time, true);
    view.setUint16(at + 12, s.date, true);
    view.setUint32(at + 14, s.crc, true);
    view.setUint32(at + 18, s.raw.length, true);
    view.setUint32(at + 22, s.size, true);
    view.setUint16(at + 26, s.name.length, true);
    out.set(s.name, at + 30);
    out.set(s.raw, at + 30 + s.name.length);
    at += 30 + s.name.length + s.raw.length;
  }
  const directory = at;
  stored.forEach((s, i) => {
    view.setUint32(at, 0x02014b50, true);
    view.setUint16(at + 4, 20, true);
    view.setUint16(at + 6, 20, true);
    view.setUint16(at + 8, 0x800, true);
    view.setUint16(at + 10, s.method, true);
    view.setUint16(at + 12, s.time, true);
    view.setUint16(at + 14, s.date, true);
    view.setUint32(at + 16, s.crc, true);
    view.setUint32(at + 20, s.raw.length, true);
    view.setUint32(at + 24, s.size, true);
    view.setUint16(at + 28, s.name.length, true);
    view.setUint32(at + 42, offsets[i] ?? 0, true);
    out.set(s.name, at + 46);
    at += 46 + s.name.length;
  });
  view.setUint32(at, 0x06054b50, true);
  view.setUint16(at + 8, stored.length, true);
  view.setUint16(at + 10, stored.length, true);
  view.setUint32(at + 12, at - directory, true);
  view.setUint32(at + 16, directory, true);
  return out;
}

/**
 * The archive with some parts replaced (`changed`, by name in any case), some removed (`removed`)
 * and new ones added at the end (`added`); every other entry copied as stored, in its order.
 */
export function rewriteZip(
  from: ZipArchive,
  edits: {
    readonly changed?: ReadonlyMap<string, Uint8Array>;
    readonly removed?: ReadonlySet<string>;
    readonly added?: readonly { name: string; bytes: Uint8Array }[];
  },
  deflater: ZipDeflater,
): Uint8Array {
  const fold = (names: Iterable<string>) => new Set([...names].map((name) => name.toLowerCase()));
  const changed = new Map([...(edits.changed ?? new Map<string, Uint8Array>())].map(([name, bytes]) => [name.toLowerCase(), bytes]));
  const removed = fold(edits.removed ?? []);
  const parts: ZipPart[] = [];
  for (const entry of from.entries) {
    const key = entry.name.toLowerCase();
    if (removed.has(key)) continue;
    const bytes = changed.get(key);
    parts.push(bytes ? { name: entry.name, bytes } : { name: entry.name, copy: entry, from });
  }
  for (const part of edits.added ?? []) {
    if (from.has(part.name)) throw new Error(`${part.name} is already in the workbook`);
    parts.push(part);
  }
  return writeZip(parts, deflater);
}
