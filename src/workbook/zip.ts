/**
 * The zip layer of an .xlsx for the CLI and the task pane alike: the central directory (zip64
 * too), part names looked up regardless of case, every entry checked against its CRC-32, and
 * limits on entry count, inflated size and compression ratio so that a damaged file or a zip
 * bomb is refused with a clear reason before it can fill memory. Inflating is the platform's
 * (Node's zlib in cli/, the browser's DecompressionStream in the pane) through `ZipInflater`;
 * the checks are here, once, so both refuse exactly the same files.
 */

import { WorkbookFileError } from "./fileError";
import type { Said } from "./fileError";

/** Why a zip cannot be read: its bytes are wrong, or it unpacks to more than we are willing to hold. */
export type ZipProblem = "damaged" | "too-large";

/** A zip the reader refuses, with a short reason in each language (its message the English). */
export class ZipError extends WorkbookFileError {
  constructor(
    readonly problem: ZipProblem,
    reason: Said,
  ) {
    super(reason);
  }
}

/** A part of the zip that is damaged (`detail` in English only: which check failed). */
const damagedPart = (name: string, detail: string): Said => ({
  fi: `${name} on vioittunut`,
  sv: `${name} är skadad`,
  en: `${name} ${detail}`,
});

/** A part that does not inflate (the inflater's own reason in English only). */
const notUnpacked = (name: string, error: unknown): Said => ({
  fi: `${name} ei purkaudu`,
  sv: `${name} kan inte packas upp`,
  en: `${name} cannot be unpacked (${(error as Error).message})`,
});

const ZIP_DIRECTORY_DAMAGED: Said = {
  fi: "zip-hakemisto on vioittunut",
  sv: "zip-katalogen är skadad",
  en: "the zip directory is damaged",
};

/** How much a zip may unpack to. */
export interface ZipLimits {
  /** Entries in the directory (a workbook has tens, a big one a few thousand). */
  readonly entries: number;
  /** All entries inflated together. */
  readonly totalBytes: number;
  /** One entry read whole (into one string: V8 caps strings near 512 MB). Bigger ones can only be streamed. */
  readonly wholeBytes: number;
  /** Inflated / compressed for an entry above RATIO_FROM bytes: sheet XML packs 10–50 ×, a bomb near 1 000 ×. */
  readonly ratio: number;
}

/** A million-row ledger (500 MB of sheet XML, packed about 15 ×) fits; the 2.2 GB bombs do not. */
export const ZIP_LIMITS: ZipLimits = { entries: 20_000, totalBytes: 1536 << 20, wholeBytes: 256 << 20, ratio: 400 };

/** Small entries may pack tighter than any ratio (an empty sheet) without harm. */
const RATIO_FROM = 1 << 20;

/** The platform's raw-deflate decoder. */
export interface ZipInflater {
  /** Inflates `raw`; must fail rather than return more than `size` bytes. */
  inflate(raw: Uint8Array, size: number): Uint8Array | Promise<Uint8Array>;
  /** Inflates `raw` in pieces of about `pieceBytes`, for entries too big to hold whole; optional. */
  stream?(raw: Uint8Array, pieceBytes: number): AsyncIterable<Uint8Array>;
  /** CRC-32 of `data` continuing from `seed` (a native one where there is one). */
  crc32(data: Uint8Array, seed: number): number;
}

/** One entry of the central directory. */
export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly flags: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localOffset: number;
  /** The MS-DOS modification time and date fields, kept when the entry is copied. */
  readonly time: number;
  readonly date: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX32 = 0xffffffff;

/** The entries of a zip held in memory, checked against the limits as the directory is read. */
export class ZipArchive {
  private readonly byName = new Map<string, ZipEntry>();
  /** Lower-case names: writers spell `xl/Workbook.xml` in another case, and part names are case-insensitive (OPC). */
  private readonly folded = new Map<string, ZipEntry>();
  private readonly view: DataView;
  /** The entries in the directory's order. */
  readonly entries: readonly ZipEntry[];

  constructor(
    private readonly data: Uint8Array,
    private readonly inflater: ZipInflater,
    private readonly limits: ZipLimits = ZIP_LIMITS,
  ) {
    this.view = new DataView(data.buffer, data.byteOffset, data.byteLength);
    const entries: ZipEntry[] = [];
    const { count, offset } = this.directory();
    if (count > limits.entries)
      throw new ZipError("too-large", {
        fi: `tiedostossa on ${count} zip-osaa (enintään ${limits.entries})`,
        sv: `filen har ${count} zip-poster (högst ${limits.entries})`,
        en: `the file holds ${count} zip entries (at most ${limits.entries})`,
      });
    let total = 0;
    const names = new TextDecoder();
    for (let i = 0, at = offset; i < count; i++) {
      if (at + 46 > data.length || this.u32(at) !== CENTRAL) throw new ZipError("damaged", ZIP_DIRECTORY_DAMAGED);
      const flags = this.u16(at + 8);
      const method = this.u16(at + 10);
      const crc = this.u32(at + 16);
      let compressedSize = this.u32(at + 20);
      let size = this.u32(at + 24);
      const nameLength = this.u16(at + 28);
      const extraLength = this.u16(at + 30);
      const commentLength = this.u16(at + 32);
      let localOffset = this.u32(at + 42);
      if (at + 46 + nameLength + extraLength > data.length) throw new ZipError("damaged", ZIP_DIRECTORY_DAMAGED);
      const nameBytes = data.subarray(at + 46, at + 46 + nameLength);
      const name = (flags & 0x800 ? names.decode(nameBytes) : latin1(nameBytes)).replace(/\\/g, "/").replace(/^\//, "");
      // zip64 sizes and offset, in this order, for the fields that overflowed
      for (let e = at + 46 + nameLength, extraEnd = e + extraLength; e + 4 <= extraEnd;) {
        const id = this.u16(e);
        const length = this.u16(e + 2);
        if (id === 0x0001) {
          let f = e + 4;
          if (size === MAX32) {
            size = this.u64(f);
            f += 8;
          }
          if (compressedSize === MAX32) {
            compressedSize = this.u64(f);
            f += 8;
          }
          if (localOffset === MAX32) localOffset = this.u64(f);
        }
        e += 4 + length;
      }
      total += size;
      if (total > limits.totalBytes)
        throw new ZipError("too-large", {
          fi: `tiedosto purkautuu yli ${mib(limits.totalBytes)}:n kokoiseksi`,
          sv: `filen packas upp till mer än ${mib(limits.totalBytes)}`,
          en: `the file unpacks to more than ${mib(limits.totalBytes)}`,
        });
      if (size > RATIO_FROM && size > compressedSize * limits.ratio) {
        throw new ZipError("too-large", {
          fi: `${name} purkautuu ${compressedSize} tavusta ${mib(size)}:n kokoiseksi (zip-pommi?)`,
          sv: `${name} packas upp till ${mib(size)} från ${compressedSize} byte (en zip-bomb?)`,
          en: `${name} unpacks to ${mib(size)} from ${compressedSize} bytes (a zip bomb?)`,
        });
      }
      const entry = { name, method, flags, crc, compressedSize, size, localOffset, time: this.u16(at + 12), date: this.u16(at + 14) };
      entries.push(entry);
      this.byName.set(name, entry);
      this.folded.set(name.toLowerCase(), entry);
      at += 46 + nameLength + extraLength + commentLength;
    }
    this.entries = entries;
  }

  private u16(at: number): number {
    return this.view.getUint16(at, true);
  }

  private u32(at: number): number {
    return this.view.getUint32(at, true);
  }

  private u64(at: number): number {
    return Number(this.view.getBigUint64(at, true));
  }

  private directory(): { count: number; offset: number } {
    const last = this.data.length - 22;
    let eocd = -1;
    for (let at = last; at >= 0 && at >= last - 0xffff; at--) {
      if (this.u32(at) === EOCD) {
        eocd = at;
        break;
      }
    }
    if (eocd < 0)
      throw new ZipError("damaged", {
        fi: "zip-hakemistoa ei löydy: se ei ole zip-tiedosto tai on katkennut",
        sv: "zip-katalogen saknas: det är ingen zip-fil, eller en som är avbruten",
        en: "not a zip file, or one cut short (no zip directory)",
      });
    let count = this.u16(eocd + 10);
    let offset = this.u32(eocd + 16);
    if (count === 0xffff || offset === MAX32) {
      const locator = eocd - 20;
      if (locator >= 0 && this.u32(locator) === ZIP64_LOCATOR) {
        const zip64 = this.u64(locator + 8);
        if (zip64 + 56 > this.data.length || this.u32(zip64) !== ZIP64_EOCD)
          throw new ZipError("damaged", {
            fi: "zip64-hakemisto on vioittunut",
            sv: "zip64-katalogen är skadad",
            en: "the zip64 directory is damaged",
          });
        count = this.u64(zip64 + 32);
        offset = this.u64(zip64 + 48);
      }
    }
    return { count, offset };
  }

  /** The entry of a part name, in whatever case the file spells it. */
  entry(name: string): ZipEntry | undefined {
    return this.byName.get(name) ?? this.folded.get(name.toLowerCase());
  }

  has(name: string): boolean {
    return this.entry(name) !== undefined;
  }

  /** An entry's stored bytes, still compressed, as a writer copies them. */
  raw(entry: ZipEntry): Uint8Array {
    if (entry.flags & 1)
      throw new ZipError("damaged", { fi: "tiedosto on salattu", sv: "filen är krypterad", en: "the file is encrypted" });
    const at = entry.localOffset;
    if (at + 30 > this.data.length || this.u32(at) !== LOCAL) throw new ZipError("damaged", damagedPart(entry.name, "is damaged"));
    const start = at + 30 + this.u16(at + 26) + this.u16(at + 28);
    const end = start + entry.compressedSize;
    if (end > this.data.length)
      throw new ZipError("damaged", {
        fi: `${entry.name} on katkennut: tiedosto on vajaa`,
        sv: `${entry.name} är avbruten: filen är ofullständig`,
        en: `${entry.name} is cut off: the file is truncated`,
      });
    return this.data.subarray(start, end);
  }

  private stored(name: string): { entry: ZipEntry; raw: Uint8Array } {
    const entry = this.entry(name);
    if (!entry)
      throw new ZipError("damaged", {
        fi: `${name} puuttuu tiedostosta`,
        sv: `${name} saknas i filen`,
        en: `${name} is missing from the file`,
      });
    if (entry.method !== 0 && entry.method !== 8)
      throw new ZipError("damaged", {
        fi: `${name} on pakattu menetelmällä, jota ei tueta (${entry.method})`,
        sv: `${name} är packad med en metod som inte stöds (${entry.method})`,
        en: `${name} is compressed with an unsupported method (${entry.method})`,
      });
    const raw = this.raw(entry);
    if (entry.method === 0 && raw.length !== entry.size) throw new ZipError("damaged", damagedPart(name, "is damaged (wrong size)"));
    return { entry, raw };
  }

  /** A damaged file can still inflate, to wrong numbers (3 500 read as 9 500): the checksum tells. */
  private static verify(entry: ZipEntry, size: number, crc: number): void {
    if (size !== entry.size || crc !== entry.crc) throw new ZipError("damaged", damagedPart(entry.name, "is damaged (checksum mismatch)"));
  }

  /** Inflated entries kept for a second read (`remember`), by entry name. */
  private readonly kept = new Map<string, Uint8Array>();
  private keepBytes = 0;

  /**
   * Keeps the entries read whole, up to `bytes` in all, for a second read: a write command reads
   * a sheet for its data, then edits the same sheet, and inflates and checks it once.
   */
  remember(bytes: number): void {
    this.keepBytes = bytes;
  }

  /** An entry's bytes, inflated whole and checked. */
  async bytes(name: string): Promise<Uint8Array> {
    const { entry, raw } = this.stored(name);
    const known = this.kept.get(entry.name);
    if (known) return known;
    if (entry.size > this.limits.wholeBytes)
      throw new ZipError("too-large", {
        fi: `${name} on liian suuri luettavaksi (${mib(entry.size)})`,
        sv: `${name} är för stor för att läsas (${mib(entry.size)})`,
        en: `${name} is too large to read (${mib(entry.size)})`,
      });
    let bytes = raw;
    if (entry.method === 8) {
      try {
        bytes = await this.inflater.inflate(raw, entry.size);
      } catch (error) {
        throw new ZipError("damaged", notUnpacked(name, error));
      }
    }
    ZipArchive.verify(entry, bytes.length, this.inflater.crc32(bytes, 0));
    if (bytes.length <= this.keepBytes) {
      this.keepBytes -= bytes.length;
      this.kept.set(entry.name, bytes);
    }
    return bytes;
  }

  /** An entry's text, without a byte order mark: UTF-8, or UTF-16 when a byte order mark says so (XML parts may be either). */
  async text(name: string): Promise<string> {
    return decodeXmlPart(await this.bytes(name));
  }

  /**
   * An entry's bytes in pieces of about `pieceBytes`: inflated whole when it may be, else as they
   * are read (a million-row sheet's 500 MB of XML never in memory whole); the checksum and size
   * are checked at the end, and the inflating stops as soon as it passes the declared size.
   */
  async *pieces(name: string, pieceBytes: number): AsyncGenerator<Uint8Array> {
    const { entry, raw } = this.stored(name);
    const inflater = this.inflater;
    if (entry.method === 0 || entry.size <= this.limits.wholeBytes || !inflater.stream) {
      const bytes = await this.bytes(name);
      for (let at = 0; at < bytes.length; at += pieceBytes) yield bytes.subarray(at, at + pieceBytes);
      return;
    }
    let crc = 0;
    let size = 0;
    try {
      for await (const piece of inflater.stream(raw, pieceBytes)) {
        size += piece.length;
        if (size > entry.size) throw new ZipError("damaged", damagedPart(name, "is damaged (longer than its directory says)"));
        crc = this.inflater.crc32(piece, crc);
        yield piece;
      }
    } catch (error) {
      if (error instanceof ZipError) throw error;
      throw new ZipError("damaged", notUnpacked(name, error));
    }
    ZipArchive.verify(entry, size, crc);
  }
}

function latin1(bytes: Uint8Array): string {
  let text = "";
  for (const byte of bytes) text += String.fromCharCode(byte);
  return text;
}

function mib(bytes: number): string {
  return `${Math.round(bytes / (1 << 20))} MB`;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (the zip one) in plain code, for platforms without a native one (the browser). */
export function crc32(data: Uint8Array, seed = 0): number {
  let c = ~seed;
  for (let i = 0; i < data.length; i++) c = (CRC_TABLE[(c ^ data[i]) & 0xff] ?? 0) ^ (c >>> 8);
  return ~c >>> 0;
}

/** An XML part's bytes as text: UTF-8 (a byte order mark dropped), or UTF-16 after its byte order mark. */
export function decodeXmlPart(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return new TextDecoder().decode(bytes.subarray(bom));
}
