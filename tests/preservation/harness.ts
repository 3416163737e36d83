/**
 * The preservation harness: runs every CLI command that writes a workbook on each variant of the
 * feature workbook (tests/support/featureBook.ts) and says, part by part and feature by feature,
 * what the written file kept. Used by tests/preservation/preservation.test.ts and by
 * `npx tsx tests/preservation/matrix.ts --write`, which writes docs/preservation.md from it.
 *
 * A feature's evidence is what carries it, found by following the package's relationships (not
 * by part names, which a re-writing library renames): the chart part a sheet's drawing points at,
 * the `<dataValidations>` of Laskut, the bytes of the VBA project. Compared with the input's:
 * the same → kept; changed as the command means to (the Table and the ranges that covered its
 * last row grown over the appended rows) → edited; changed otherwise → altered; gone → lost.
 */
import { copyFile, mkdir, readFile, stat } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { readXlsx } from "../../cli/readXlsx";
import { NODE_DEFLATER, NODE_INFLATER } from "../../cli/zipNode";
import { columnIndex, parseRange } from "../../src/workbook/address";
import { isCellError } from "../../src/workbook/types";
import type { WorkbookData } from "../../src/workbook/types";
import { parseRelationships, parseWorkbook } from "../../src/workbook/xlsxXml";
import { relationshipsPathOf, resolvePart } from "../../src/workbook/xlsxPackage";
import { ZipArchive } from "../../src/workbook/zip";
import type { ZipEntry } from "../../src/workbook/zip";
import { rewriteZip } from "../../src/workbook/zipWriter";
import { runCli } from "../support/cli";
import { FEATURE_BOOK, buildFeatureBooks, libreOfficeVariant } from "../support/featureBook";
import type { Variant } from "../support/featureBook";
import { parseXml } from "../support/xml";
import type { XmlElement } from "../support/xml";

const run = promisify(execFile);

// ---------------------------------------------------------------------------------------------
// the package

interface Rel {
  readonly type: string;
  /** The part it points at, or the external address. */
  readonly target: string;
  readonly external: boolean;
}

/** An .xlsx as its zip entries and relationships. */
export class Package {
  private readonly folded = new Map<string, ZipEntry>();
  private constructor(
    readonly zip: ZipArchive,
    private readonly texts: Map<string, string>,
  ) {
    for (const entry of zip.entries) this.folded.set(entry.name.toLowerCase(), entry);
  }

  static async open(bytes: Uint8Array): Promise<Package> {
    const zip = new ZipArchive(bytes, NODE_INFLATER);
    const texts = new Map<string, string>();
    for (const entry of zip.entries) if (!entry.name.endsWith("/")) texts.set(entry.name.toLowerCase(), await zip.text(entry.name));
    return new Package(zip, texts);
  }

  get names(): string[] {
    return this.zip.entries.filter((e) => !e.name.endsWith("/")).map((e) => e.name);
  }

  entry(name: string): ZipEntry | undefined {
    return this.folded.get(name.toLowerCase());
  }

  text(name: string | null | undefined): string | null {
    return name ? (this.texts.get(name.toLowerCase()) ?? null) : null;
  }

  /** The stored (compressed) bytes of an entry with its method and checksum: what "byte-identical" compares. */
  stored(name: string): { raw: Uint8Array; method: number; crc: number; size: number } | null {
    const entry = this.entry(name);
    return entry ? { raw: this.zip.raw(entry), method: entry.method, crc: entry.crc, size: entry.size } : null;
  }

  async bytes(name: string | null | undefined): Promise<Uint8Array | null> {
    const entry = name ? this.entry(name) : undefined;
    return entry ? this.zip.bytes(entry.name) : null;
  }

  rels(part: string): Rel[] {
    return [...this.relsById(part).values()];
  }

  /** The relationships of a part by id, their targets resolved to part names. */
  relsById(part: string): Map<string, Rel> {
    const xml = this.text(part === "" ? "_rels/.rels" : relationshipsPathOf(part));
    const base = part.slice(0, part.lastIndexOf("/") + 1);
    const rels = new Map<string, Rel>();
    for (const [id, r] of xml ? parseRelationships(xml) : [])
      rels.set(id, { type: r.type, target: r.external ? r.target : resolvePart(base, r.target), external: r.external });
    return rels;
  }

  /** The parts `part` points at with a relationship type ending in `/type`. */
  related(part: string | null, type: string): string[] {
    if (part === null) return [];
    return this.rels(part)
      .filter((r) => !r.external && r.type.endsWith(`/${type}`))
      .map((r) => r.target);
  }

  get workbookPath(): string {
    return this.related("", "officeDocument")[0] ?? "xl/workbook.xml";
  }

  /** The part of the sheet (worksheet or chart sheet) named `name`. */
  sheet(name: string): string | null {
    const workbook = this.text(this.workbookPath);
    if (!workbook) return null;
    const relId = parseWorkbook(workbook).sheets.find((s) => s.name === name)?.relId;
    const rels = parseRelationships(this.text(relationshipsPathOf(this.workbookPath)) ?? "");
    const rel = relId ? rels.get(relId) : undefined;
    return rel ? resolvePart(this.workbookPath.slice(0, this.workbookPath.lastIndexOf("/") + 1), rel.target) : null;
  }

  sheetNames(): string[] {
    const workbook = this.text(this.workbookPath);
    return workbook ? parseWorkbook(workbook).sheets.map((s) => s.name) : [];
  }

  /** The content type of a part: its Override, else its extension's Default. */
  contentType(name: string): string | null {
    const types = this.text("[Content_Types].xml") ?? "";
    const override = new RegExp(`<Override[^>]*PartName="/${name.replace(/[.[\]]/g, "\\$&")}"[^>]*>`, "i").exec(types)?.[0];
    const ext = extname(name).slice(1);
    const found = override ?? new RegExp(`<Default[^>]*Extension="${ext}"[^>]*>`, "i").exec(types)?.[0];
    return found ? (/ContentType="([^"]*)"/.exec(found)?.[1] ?? null) : null;
  }
}

// ---------------------------------------------------------------------------------------------
// XML fragments

/** Every element `<prefix?:local …>…</…>` at any depth (not nested in itself), whatever its prefix. */
export function elements(xml: string | null, local: string, prefixed?: "main" | "prefixed"): string[] {
  if (!xml) return [];
  const found: string[] = [];
  const open = new RegExp(`<((?:[A-Za-z_][\\w.-]*:)?)${local}(?=[\\s/>])`, "g");
  for (let m = open.exec(xml); m; m = open.exec(xml)) {
    if (prefixed === "main" && m[1] !== "") continue;
    if (prefixed === "prefixed" && m[1] === "") continue;
    const tagEnd = xml.indexOf(">", m.index);
    if (xml[tagEnd - 1] === "/") {
      found.push(xml.slice(m.index, tagEnd + 1));
      open.lastIndex = tagEnd + 1;
      continue;
    }
    const close = `</${m[1]}${local}>`;
    const end = xml.indexOf(close, tagEnd);
    if (end < 0) continue;
    found.push(xml.slice(m.index, end + close.length));
    open.lastIndex = end + close.length;
  }
  return found;
}

/** The part without its `<extLst>` (the main-namespace content). */
function withoutExtensions(xml: string | null): string | null {
  return xml ? xml.replace(/<extLst>[\s\S]*<\/extLst>/, "") : null;
}

const joined = (pieces: readonly (string | null)[]): string | null =>
  pieces.some((p) => p === null || p === "") ? null : pieces.join("\n");
const some = (pieces: readonly string[]): string | null => (pieces.length > 0 ? pieces.join("\n") : null);
const hex = (bytes: Uint8Array | null) => (bytes ? Buffer.from(bytes).toString("base64") : null);

/**
 * Checks that `xml` is well-formed (tags nest, attributes quoted, one root) and namespace-well-formed
 * (every prefix of an element or attribute declared where it is used). Returns the problem or null.
 */
export function xmlProblem(xml: string): string | null {
  let root: XmlElement;
  try {
    root = parseXml(xml.replace(/^\uFEFF/, ""));
  } catch (error) {
    return (error as Error).message;
  }
  const walk = (element: XmlElement, scope: ReadonlySet<string>): string | null => {
    const inScope = new Set(scope);
    for (const name of Object.keys(element.attrs)) if (name.startsWith("xmlns:")) inScope.add(name.slice(6));
    const prefixOf = (name: string) => (name.includes(":") ? name.slice(0, name.indexOf(":")) : null);
    const prefixes = [
      prefixOf(element.name),
      ...Object.keys(element.attrs)
        .filter((a) => !a.startsWith("xmlns"))
        .map(prefixOf),
    ];
    for (const prefix of prefixes)
      if (prefix && prefix !== "xml" && !inScope.has(prefix)) return `<${element.name}>: the prefix ${prefix} is not declared`;
    for (const child of element.children) {
      const problem = walk(child, inScope);
      if (problem) return problem;
    }
    return null;
  };
  return walk(root, new Set());
}

// ---------------------------------------------------------------------------------------------
// features

/** What a command did to the invoices: how many rows it appended below the Table's last row. */
export interface Growth {
  /** The 1-based row of the Table's last row in the input. */
  readonly lastRow: number;
  readonly appended: number;
}

/** The text with every range ending on `lastRow` ending `appended` rows lower. */
export function grown(text: string, { lastRow, appended }: Growth): string {
  if (appended === 0) return text;
  return text.replace(/(\$?[A-Z]{1,3}\$?\d+:\$?[A-Z]{1,3}\$?)(\d+)(?!\d)/g, (whole, head: string, row: string) =>
    Number(row) === lastRow ? `${head}${lastRow + appended}` : whole,
  );
}

/**
 * Whether the list `<list>` of `after` is the one of `before` with more `<item>`s at its end (its
 * count raised): what adding a number format or a style to styles.xml looks like.
 */
export function appendedTo(before: string, after: string, list: string, item: string): boolean {
  const uncounted = (text: string) => text.replace(new RegExp(`(<${list}\\b[^>]*?) count="\\d+"`), "$1");
  const close = `</${list}>`;
  const head = uncounted(before).slice(0, -close.length);
  const whole = uncounted(after);
  if (!uncounted(before).endsWith(close) || !whole.startsWith(head) || !whole.endsWith(close)) return false;
  const extra = whole.slice(head.length, -close.length);
  return extra !== "" && new RegExp(`^(?:<${item}\\b[^>]*/>|<${item}\\b[^>]*>[\\s\\S]*?</${item}>)+$`).test(extra);
}

/**
 * A Table part as it would be without the columns added at its right: an import writes its
 * provenance columns (Lähdetiedosto, Lähderivi, Tuotu) beside the invoices, and the Table takes them in.
 */
export function narrowed(after: string, before: string): string {
  const columns = (text: string) => elements(text, "tableColumn");
  const kept = columns(before).length;
  const added = columns(after).slice(kept);
  if (added.length === 0) return after;
  const right = /\bref="[A-Z]+\d+:([A-Z]+)\d+"/.exec(before)?.[1] ?? "";
  let text = after;
  for (const column of added) text = text.replace(column, "");
  text = text.replace(/<tableColumns count="\d+"/, `<tableColumns count="${kept}"`);
  return text.replace(/(\bref="[A-Z]+\d+:)([A-Z]+)(\d+")/g, (whole, head: string, col: string, tail: string) =>
    columnIndex(col) === columnIndex(right) + added.length ? `${head}${right}${tail}` : whole,
  );
}

export interface Feature {
  readonly id: string;
  /** As the matrix names it. */
  readonly label: string;
  /** The evidence of the feature in a package, or null when it has none. */
  readonly probe: (p: Package) => string | null | Promise<string | null>;
  /** Whether a changed evidence is the change the command means to make (default: none is). */
  readonly accepts?: (before: string, after: string, growth: Growth) => boolean;
  /** Whether it must grow over appended rows (unchanged then is "not extended"). */
  readonly grows?: boolean;
  /** Only in this variant. */
  readonly only?: Variant;
}

const sheetXml = (p: Package, name: string) => p.text(p.sheet(name));

/** The fragment with each relationship id (`r:id`, `r:embed`) replaced by the part or address it names in `part`'s relationships. */
function resolvedIds(p: Package, part: string, fragment: string): string {
  const byId = p.relsById(part);
  return fragment.replace(/\b([A-Za-z_][\w.-]*):(id|embed)="([^"]*)"/g, (_, prefix: string, attr: string, id: string) => {
    const rel = byId.get(id);
    return `${prefix}:${attr}="→${rel ? rel.target : `nothing (${id})`}"`;
  });
}

/**
 * The elements `locals` of a part that an edited part holds for a feature (the `<tableParts>` of a
 * sheet, the `<pivotCaches>` of the workbook), their relationship ids resolved; null when one is gone.
 */
function anchors(p: Package, part: string | null, ...locals: string[]): string | null {
  if (!part) return null;
  const found = locals.map((local) => some(elements(p.text(part), local)));
  if (found.some((f) => f === null)) return null;
  return resolvedIds(p, part, found.join("\n"));
}
const drawingOf = (p: Package, sheet: string) => p.related(p.sheet(sheet), "drawing")[0] ?? null;

export const FEATURES: readonly Feature[] = [
  {
    id: "chart",
    label: "chart on a worksheet (Budjetti)",
    probe: (p) => p.text(p.related(drawingOf(p, "Budjetti"), "chart")[0]),
  },
  {
    id: "chartSheet",
    label: `chart sheet (${FEATURE_BOOK.chartSheet})`,
    probe: (p) => p.text(p.related(drawingOf(p, FEATURE_BOOK.chartSheet), "chart")[0]),
  },
  {
    id: "textBox",
    label: "text-box shape",
    probe: (p) => some(elements(p.text(drawingOf(p, "Budjetti")), "sp").filter((sp) => /txBox="1"/.test(sp))),
  },
  {
    id: "image",
    label: "image",
    probe: async (p) => hex(await p.bytes(p.related(drawingOf(p, "Budjetti"), "image")[0])),
  },
  {
    id: "pivot",
    label: "pivot table and its cache",
    probe: (p) => {
      const table = p.related(p.sheet(FEATURE_BOOK.pivotSheet), "pivotTable")[0] ?? null;
      const cache = p.related(table, "pivotCacheDefinition")[0] ?? null;
      return joined([
        p.text(table),
        p.text(cache),
        p.text(p.related(cache, "pivotCacheRecords")[0]),
        anchors(p, p.workbookPath, "pivotCaches"),
      ]);
    },
  },
  {
    id: "slicer",
    label: "slicer",
    probe: (p) =>
      joined([
        p.text(p.related(p.workbookPath, "slicerCache")[0]),
        p.text(p.related(p.sheet(FEATURE_BOOK.pivotSheet), "slicer")[0]),
        anchors(p, p.workbookPath, "slicerCaches"),
      ]),
  },
  {
    id: "sparklines",
    label: "sparklines (x14)",
    probe: (p) => some(elements(sheetXml(p, "Kuntaosuudet"), "sparklineGroups")),
  },
  {
    id: "threaded",
    label: "threaded comments and persons",
    probe: (p) => joined([p.text(p.related(p.sheet("Hanke"), "threadedComment")[0]), p.text(p.related(p.workbookPath, "person")[0])]),
  },
  {
    id: "externalLink",
    label: "external link",
    probe: (p) => {
      const link = p.related(p.workbookPath, "externalLink")[0] ?? null;
      return joined([
        p.text(link),
        link
          ? p
              .rels(link)
              .map((r) => r.target)
              .join(" ")
          : null,
        anchors(p, p.workbookPath, "externalReferences"),
      ]);
    },
  },
  {
    id: "customXml",
    label: "customXml parts",
    probe: (p) => {
      const item = p.related(p.workbookPath, "customXml")[0] ?? p.related("", "customXml")[0] ?? null;
      return joined([p.text(item), p.text(p.related(item, "customXmlProps")[0])]);
    },
  },
  {
    id: "customProps",
    label: "custom document properties",
    probe: (p) => p.text(p.related("", "custom-properties")[0]),
  },
  {
    id: "table",
    label: `Excel Table ${FEATURE_BOOK.table} over Laskut (ref and autoFilter)`,
    probe: (p) => joined([p.text(p.related(p.sheet("Laskut"), "table")[0]), anchors(p, p.sheet("Laskut"), "tableParts")]),
    grows: true,
    accepts: (before, after, growth) => narrowed(after, before) === grown(before, growth),
  },
  {
    id: "validation",
    label: "data validation",
    probe: (p) => some(elements(withoutExtensions(sheetXml(p, "Laskut")), "dataValidations")),
    grows: true,
    accepts: (before, after, growth) => after === grown(before, growth),
  },
  {
    id: "cf",
    label: "conditional format",
    probe: (p) => some(elements(withoutExtensions(sheetXml(p, "Laskut")), "conditionalFormatting", "main")),
    grows: true,
    accepts: (before, after, growth) => after === grown(before, growth),
  },
  {
    id: "cfX14",
    label: "conditional format, x14 cross-sheet rule",
    probe: (p) => some(elements(sheetXml(p, "Laskut"), "conditionalFormattings", "prefixed")),
    grows: true,
    accepts: (before, after, growth) => after === grown(before, growth),
  },
  {
    id: "notes",
    label: "legacy notes (comments and VML)",
    probe: (p) => {
      const sheet = p.sheet("Laskut");
      return joined([
        p.text(p.related(sheet, "comments")[0]),
        p.text(p.related(sheet, "vmlDrawing")[0]),
        anchors(p, sheet, "legacyDrawing"),
      ]);
    },
  },
  {
    id: "definedNames",
    label: "defined names (print area and titles)",
    probe: (p) => some(elements(p.text(p.workbookPath), "definedNames")),
    // the print area may follow the Table down, or stay
    accepts: (before, after, growth) => after === grown(before, growth),
  },
  {
    id: "hyperlinks",
    label: "hyperlinks",
    probe: (p) => {
      const sheet = p.sheet("Kumppanit");
      const links = some(elements(sheetXml(p, "Kumppanit"), "hyperlinks"));
      const targets = sheet
        ? p
            .rels(sheet)
            .filter((r) => r.type.endsWith("/hyperlink"))
            .map((r) => r.target)
        : [];
      return links ? `${links}\n${targets.join(" ")}` : null;
    },
  },
  {
    id: "numberFormats",
    label: "number formats",
    probe: (p) => some(elements(p.text(p.related(p.workbookPath, "styles")[0]), "numFmts")),
    // the formats the written cells need are added after the book's own
    accepts: (before, after) => appendedTo(before, after, "numFmts", "numFmt"),
  },
  {
    id: "sheetViews",
    label: "sheet views (frozen panes)",
    probe: (p) => joined([some(elements(sheetXml(p, "Laskut"), "sheetViews")), some(elements(p.text(p.workbookPath), "bookViews"))]),
  },
  {
    id: "protection",
    label: "sheet protection",
    probe: (p) => some(elements(sheetXml(p, "Budjetti"), "sheetProtection")),
  },
  {
    id: "cellStyles",
    label: "cell styles",
    probe: (p) => {
      const styles = p.text(p.related(p.workbookPath, "styles")[0]);
      return joined([some(elements(styles, "cellStyleXfs")), some(elements(styles, "cellStyles"))]);
    },
    accepts: (before, after) => {
      const [xfs, names] = before.split("\n");
      const [xfsAfter, namesAfter] = after.split("\n");
      return appendedTo(xfs, xfsAfter ?? "", "cellStyleXfs", "xf") && appendedTo(names, namesAfter ?? "", "cellStyles", "cellStyle");
    },
  },
  {
    id: "richText",
    label: "rich text",
    probe: (p) => some(elements(p.text(p.related(p.workbookPath, "sharedStrings")[0]), "si").filter((si) => /<(\w+:)?r>/.test(si))),
  },
  {
    id: "pageSetup",
    label: "page setup (with printer settings)",
    probe: async (p) => {
      const sheet = sheetXml(p, "Laskut");
      const part = p.sheet("Laskut");
      const layout = ["printOptions", "pageMargins", "pageSetup", "headerFooter"].flatMap((name) => elements(sheet, name));
      const printer = hex(await p.bytes(p.related(part, "printerSettings")[0]));
      return layout.length > 0 && part ? resolvedIds(p, part, [...layout, printer ?? "(no printer settings)"].join("\n")) : null;
    },
  },
  {
    id: "vba",
    label: "VBA project (.xlsm)",
    only: "xlsm",
    probe: async (p) => {
      const vba = p.related(p.workbookPath, "vbaProject")[0] ?? null;
      return joined([hex(await p.bytes(vba)), p.contentType(p.workbookPath)]);
    },
  },
];

// ---------------------------------------------------------------------------------------------
// commands

export interface Command {
  readonly id: string;
  /** The column heading of the matrix. */
  readonly label: string;
  readonly mode: "out" | "inPlace";
  /** The CLI's arguments for the book and the output path. */
  readonly args: (book: string, out: string, partners: Partners) => string[];
  /** Commands run on the book (--in-place) first: the command is then measured against what they left. */
  readonly prepare?: readonly ((book: string, partners: Partners) => string[])[];
  /** Sheets of our own the command writes again (their parts may change or be replaced). */
  readonly replaces?: readonly string[];
  /** The sheets of the book the command writes cells into. */
  readonly writes: readonly string[];
  /** Whether it adds a sheet of its own (workbook, relationships, content types and app.xml change). */
  readonly addsSheet: boolean;
  /** Whether its output is a new workbook rather than the book edited. */
  readonly newWorkbook?: boolean;
}

/** The partners' files the imports read. */
export interface Partners {
  readonly csv: string;
  readonly xlsx: string;
}

const PERIOD = ["--period", "2015-01-01..2015-10-31"];
const MAP = ["--table", "invoices", "--sheet", "Laskut", "--row", "1", "--column", "M", "--field", "description"];

export const COMMANDS: readonly Command[] = [
  {
    id: "import-out",
    label: "import --out",
    mode: "out",
    args: (book, out, { csv }) => ["import", csv, "--into", book, "--out", out],
    writes: ["Laskut"],
    addsSheet: false,
  },
  {
    id: "import-in-place",
    label: "import --in-place",
    mode: "inPlace",
    args: (book, _out, { csv }) => ["import", csv, "--into", book, "--in-place"],
    writes: ["Laskut"],
    addsSheet: false,
  },
  {
    id: "import-again",
    label: "import --in-place, again",
    mode: "inPlace",
    prepare: [(book, { csv }) => ["import", csv, "--into", book, "--in-place"]],
    args: (book, _out, { xlsx }) => ["import", xlsx, "--into", book, "--in-place"],
    writes: ["Laskut"],
    addsSheet: false,
  },
  { id: "map-out", label: "map --out", mode: "out", args: (book, out) => ["map", book, ...MAP, "--out", out], writes: [], addsSheet: true },
  {
    id: "map-in-place",
    label: "map --in-place",
    mode: "inPlace",
    args: (book) => ["map", book, ...MAP, "--in-place"],
    writes: [],
    addsSheet: true,
  },
  {
    id: "map-again",
    label: "map --in-place, again",
    mode: "inPlace",
    prepare: [(book) => ["map", book, ...MAP.slice(0, 6), "--column", "L", "--field", "approver", "--in-place"]],
    args: (book) => ["map", book, ...MAP, "--in-place"],
    writes: [],
    addsSheet: true,
    replaces: ["KASTE-sarakkeet"],
  },
  {
    id: "mark-sent-out",
    label: "mark-sent --out",
    mode: "out",
    args: (book, out) => ["mark-sent", book, ...PERIOD, "--sent", "2015-11-30", "--out", out],
    writes: ["Maksatukset"],
    addsSheet: true,
  },
  {
    id: "mark-sent-in-place",
    label: "mark-sent --in-place",
    mode: "inPlace",
    args: (book) => ["mark-sent", book, ...PERIOD, "--sent", "2015-11-30", "--in-place"],
    writes: ["Maksatukset"],
    addsSheet: true,
  },
  {
    id: "application-in-place",
    label: "application --in-place",
    mode: "inPlace",
    args: (book) => ["application", book, ...PERIOD, "--in-place"],
    writes: [],
    addsSheet: true,
  },
  {
    id: "application-out",
    label: "application --out",
    mode: "out",
    args: (book, out) => ["application", book, ...PERIOD, "--out", out],
    writes: [],
    addsSheet: false,
    newWorkbook: true,
  },
  {
    id: "report-out",
    label: "report --final --out",
    mode: "out",
    args: (book, out) => ["report", book, "--final", "--out", out],
    writes: [],
    addsSheet: false,
    newWorkbook: true,
  },
];

// ---------------------------------------------------------------------------------------------
// running

export type Cell = "kept" | "edited" | "not extended" | "altered" | "lost" | "—";

export interface RunResult {
  readonly variant: Variant;
  readonly command: Command;
  readonly code: number;
  readonly err: string;
  /** The written workbook, when the command wrote one. */
  readonly output: string | null;
  /** Parts of the input changed, removed, and parts added; parts not edited that should have been kept. */
  readonly changed: readonly string[];
  readonly removed: readonly string[];
  readonly added: readonly string[];
  readonly unexpected: readonly string[];
  /** Edited or added XML parts that are not well-formed, with why. */
  readonly malformed: readonly string[];
  readonly growth: Growth;
  readonly features: ReadonlyMap<string, Cell>;
  /** The Table part of Laskut in the output. */
  readonly outputTable: string | null;
  /** What LibreOffice made of the output (null when it was not run). */
  lo: LibreOfficeResult | null;
}

export interface LibreOfficeResult {
  readonly opened: boolean;
  /** Formula cells that recomputed to an error, as Sheet!A1 #ERR. */
  readonly errors: readonly string[];
  /** The Table's total on Yhteenveto recomputed, and what the invoices in the output add up to. */
  readonly total: number | null;
  readonly expectedTotal: number | null;
  /** Whether Laskut holds the same cells as in the output. */
  readonly sameInvoices: boolean;
}

/** Parts a command may change beyond the sheets it writes: the workbook's own parts, and for a new sheet its registrations. */
function editable(p: Package, command: Command): Set<string> {
  const workbook = p.workbookPath;
  const names = [
    workbook,
    relationshipsPathOf(workbook),
    "[Content_Types].xml",
    ...p.related(workbook, "sharedStrings"),
    ...p.related(workbook, "styles"),
    ...p.related(workbook, "calcChain"),
    ...(command.addsSheet ? ["docProps/app.xml"] : []),
  ];
  for (const sheet of [...command.writes, ...(command.replaces ?? [])]) {
    const part = p.sheet(sheet);
    if (!part) continue;
    names.push(part, relationshipsPathOf(part), ...p.related(part, "table"));
  }
  return new Set(names.map((n) => n.toLowerCase()));
}

function sameStored(a: Package, b: Package, name: string): boolean {
  const x = a.stored(name);
  const y = b.stored(name);
  if (!x || !y) return false;
  return x.method === y.method && x.crc === y.crc && x.size === y.size && Buffer.from(x.raw).equals(Buffer.from(y.raw));
}

const XML_PART = /\.(xml|rels|vml)$/i;

function invoiceRows(book: WorkbookData): number {
  const laskut = book.sheets.find((s) => s.name === "Laskut");
  if (!laskut) return 0;
  let last = laskut.cells.length;
  while (last > 0 && (laskut.cells[last - 1] ?? []).every((v) => v === null || v === "")) last--;
  return last + (laskut.origin?.row ?? 0);
}

/** Relationships of the package that point at a part it does not hold. */
export function dangling(p: Package): string[] {
  const sources = p.names.filter((n) => /(^|\/)_rels\/[^/]+\.rels$/i.test(n)).map((n) => n.replace(/(^|\/)_rels\/([^/]+)\.rels$/i, "$1$2"));
  return sources.flatMap((source) =>
    p
      .rels(source === ".rels" ? "" : source)
      .filter((r) => !r.external && !p.entry(r.target))
      .map((r) => `${source || "the package"} points at ${r.target}, which is not there`),
  );
}

/** Compares the input and the output of one command. */
export async function compare(
  variant: Variant,
  command: Command,
  input: Package,
  inputPath: string,
  outputPath: string,
): Promise<Omit<RunResult, "code" | "err" | "lo">> {
  const output = await Package.open(await readFile(outputPath));
  const inNames = new Set(input.names.map((n) => n.toLowerCase()));
  const changed = input.names.filter((n) => output.entry(n) && !sameStored(input, output, n));
  const removed = input.names.filter((n) => !output.entry(n));
  const added = output.names.filter((n) => !inNames.has(n.toLowerCase()));
  const allowed = editable(input, command);
  const calcChain = new Set(input.related(input.workbookPath, "calcChain").map((n) => n.toLowerCase()));
  // a sheet of our own written again may go with its relationships, replaced by a new one
  const replaced = new Set(
    (command.replaces ?? []).flatMap((name) => {
      const part = input.sheet(name);
      return part ? [part.toLowerCase(), relationshipsPathOf(part).toLowerCase()] : [];
    }),
  );
  const unexpected = [
    ...changed.filter((n) => !allowed.has(n.toLowerCase())).map((n) => `${n} changed`),
    ...input.names
      .filter((n) => output.entry(n) && n !== "[Content_Types].xml" && input.contentType(n) !== output.contentType(n))
      .map((n) => `${n}'s content type changed`),
    ...added.filter((n) => !/\.rels$/i.test(n) && output.contentType(n) === null).map((n) => `${n} has no content type`),
    ...dangling(output),
    ...removed.filter((n) => !calcChain.has(n.toLowerCase()) && !replaced.has(n.toLowerCase())).map((n) => `${n} removed`),
  ];
  const malformed: string[] = [];
  for (const name of [...changed, ...added]) {
    if (!XML_PART.test(name)) continue;
    const problem = xmlProblem(output.text(name) ?? "");
    if (problem) malformed.push(`${name}: ${problem}`);
  }
  const before = await readXlsx(await readFile(inputPath));
  const after = await readXlsx(await readFile(outputPath));
  const lastRow = invoiceRows(before);
  const growth: Growth = { lastRow, appended: command.writes.includes("Laskut") ? invoiceRows(after) - lastRow : 0 };
  const features = new Map<string, Cell>();
  for (const feature of FEATURES) {
    if (feature.only && feature.only !== variant) continue;
    features.set(feature.id, await classify(feature, input, output, growth));
  }
  const outputTable = output.text(output.related(output.sheet("Laskut"), "table")[0]);
  return { variant, command, output: outputPath, changed, removed, added, unexpected, malformed, growth, features, outputTable };
}

async function classify(feature: Feature, input: Package, output: Package, growth: Growth): Promise<Cell> {
  const before = await feature.probe(input);
  if (before === null) return "—";
  const after = await feature.probe(output);
  if (after === null) return "lost";
  if (after === before) return feature.grows && grown(before, growth) !== before ? "not extended" : "kept";
  return feature.accepts?.(before, after, growth) ? "edited" : "altered";
}

/**
 * The command run on a copy of `book` in `dir` (after the `prepare` commands): the book it ran on,
 * the written file (or null) with the exit code and message.
 */
async function runCommand(
  command: Command,
  book: string,
  partners: Partners,
  dir: string,
): Promise<{ code: number; err: string; input: string; output: string | null }> {
  await mkdir(dir, { recursive: true });
  const ext = extname(book);
  const copy = join(dir, `book${ext}`);
  await copyFile(book, copy);
  for (const step of command.prepare ?? []) {
    const { code, err } = await runCli(...step(copy, partners));
    if (code !== 0) return { code, err: `(preparing) ${err}`, input: book, output: null };
  }
  const input = join(dir, `input${ext}`);
  await copyFile(copy, input);
  // a new workbook is an .xlsx whatever the book is
  const out = join(dir, `out${command.newWorkbook ? ".xlsx" : ext}`);
  const { code, err } = await runCli(...command.args(copy, out, partners));
  const written = command.mode === "inPlace" ? copy : out;
  const wrote = code === 0 && (command.mode === "out" ? await exists(out) : !(await sameFile(input, copy)));
  return { code, err, input, output: wrote ? written : null };
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

async function sameFile(a: string, b: string): Promise<boolean> {
  return Buffer.from(await readFile(a)).equals(Buffer.from(await readFile(b)));
}

/** Removes the cached results of every formula, so that only LibreOffice's recalculation can fill them. */
async function stripped(path: string, to: string): Promise<void> {
  const p = await Package.open(await readFile(path));
  const changed = new Map<string, Uint8Array>();
  for (const name of p.names) {
    if (!/worksheets\/[^/]+\.xml$/i.test(name)) continue;
    const xml = p.text(name) ?? "";
    const bare = xml.replace(/(<f\b[^>]*\/>|<f\b[^>]*>[^<]*<\/f>)<v>[^<]*<\/v>/g, "$1");
    if (bare !== xml) changed.set(name, new TextEncoder().encode(bare));
  }
  const { writeFile } = await import("node:fs/promises");
  await writeFile(to, rewriteZip(p.zip, { changed }, NODE_DEFLATER));
}

/**
 * LibreOffice opens each output (cached results stripped) and saves it as .xlsx, recomputing every
 * formula; one run of soffice for the lot.
 */
async function libreOfficeCheck(engine: string, results: RunResult[], dir: string): Promise<void> {
  const todo = results.filter((r) => r.output !== null);
  if (todo.length === 0) return;
  const inDir = join(dir, "lo-in");
  const outDir = join(dir, "lo-out");
  await mkdir(inDir, { recursive: true });
  const inputs: string[] = [];
  for (const r of todo) {
    const path = join(inDir, `${r.variant}-${r.command.id}${extname(r.output ?? ".xlsx")}`);
    await stripped(r.output ?? "", path);
    inputs.push(path);
  }
  await run(
    engine,
    [`-env:UserInstallation=file://${join(dir, "lo-profile")}`, "--headless", "--convert-to", "xlsx", "--outdir", outDir, ...inputs],
    {
      timeout: 300_000,
    },
  ).catch(() => undefined);
  for (const [i, r] of todo.entries()) {
    const converted = join(outDir, `${basename(inputs[i], extname(inputs[i]))}.xlsx`);
    if (!(await exists(converted))) {
      r.lo = { opened: false, errors: [], total: null, expectedTotal: null, sameInvoices: false };
      continue;
    }
    const recomputed = await readXlsx(await readFile(converted));
    const written = await readXlsx(await readFile(r.output ?? ""));
    const errors: string[] = [];
    for (const sheet of recomputed.sheets)
      sheet.cells.forEach((row, y) =>
        row.forEach((value, x) => {
          if (isCellError(value))
            errors.push(`${sheet.name}!${String.fromCharCode(65 + x)}${y + 1 + (sheet.origin?.row ?? 0)} ${value.error}`);
        }),
      );
    const cellOf = (book: WorkbookData, sheet: string, ref: string) => {
      const at = parseRange(`${ref}:${ref}`);
      const s = book.sheets.find((x) => x.name === sheet);
      if (!at || !s) return null;
      const value = s.cells[at.top - (s.origin?.row ?? 0)]?.[at.left - (s.origin?.col ?? 0)];
      return typeof value === "number" ? value : null;
    };
    const laskut = (book: WorkbookData) => JSON.stringify(book.sheets.find((s) => s.name === "Laskut")?.cells ?? null);
    const net = written.sheets.find((s) => s.name === "Laskut");
    const netCol = net ? net.cells[0].findIndex((v) => v === "Summa (ALV 0)") : -1;
    const expectedTotal =
      net && netCol >= 0 && written.sheets.some((s) => s.name === FEATURE_BOOK.pivotSheet)
        ? Math.round(
            net.cells.slice(1).reduce((sum: number, row) => {
              const value = row[netCol];
              return sum + (typeof value === "number" ? value : 0);
            }, 0) * 100,
          ) / 100
        : null;
    const total = cellOf(recomputed, FEATURE_BOOK.pivotSheet, FEATURE_BOOK.totalCell);
    r.lo = {
      opened: true,
      errors,
      total: total === null ? null : Math.round(total * 100) / 100,
      expectedTotal,
      sameInvoices: r.command.newWorkbook ? true : laskut(recomputed) === laskut(written),
    };
  }
}

export interface HarnessRun {
  readonly results: RunResult[];
  /** The variants that could be built (libreoffice needs soffice). */
  readonly variants: Variant[];
  readonly books: Readonly<Record<Variant, string | null>>;
  readonly example: string;
  readonly engine: string | null;
}

/** Builds the feature workbooks in `dir` and runs every command on each. */
export async function runHarness(dir: string, engine: string | null): Promise<HarnessRun> {
  const books = await buildFeatureBooks(join(dir, "books"));
  const libreoffice = engine ? await libreOfficeVariant(engine, books.excel, join(dir, "books")) : null;
  const paths: Record<Variant, string | null> = { excel: books.excel, libreoffice, xlsm: books.xlsm };
  const variants = (Object.keys(paths) as Variant[]).filter((v) => paths[v] !== null);
  const results: RunResult[] = [];
  for (const variant of variants) {
    const book = paths[variant] ?? "";
    const partners = { csv: books.partnerCsv, xlsx: books.partnerXlsx };
    for (const command of COMMANDS) {
      const { code, err, input: ranOn, output } = await runCommand(command, book, partners, join(dir, "runs", variant, command.id));
      if (output === null || command.newWorkbook) {
        results.push({
          variant,
          command,
          code,
          err,
          output,
          changed: [],
          removed: [],
          added: [],
          unexpected: [],
          malformed: [],
          growth: { lastRow: 0, appended: 0 },
          features: new Map(),
          outputTable: null,
          lo: null,
        });
        continue;
      }
      const input = await Package.open(await readFile(ranOn));
      results.push({ ...(await compare(variant, command, input, ranOn, output)), code, err, lo: null });
    }
  }
  if (engine) await libreOfficeCheck(engine, results, dir);
  return { results, variants, books: paths, example: books.example, engine };
}
