/**
 * The package structure of an .xlsx (Open Packaging Conventions): which zip entry is the
 * workbook (from `_rels/.rels`), its relationships, its shared strings, and its worksheets in
 * the workbook's order with their names. Pure: the zip is read by whoever calls, through the
 * two accessors of `XlsxParts` (cli/readXlsx.ts with Node's zlib, the task pane's
 * partnerXlsx.ts with the browser's DecompressionStream).
 */
import { parseRelationships, parseSharedStrings, parseWorkbook } from "./xlsxXml";
import type { Relationship } from "./xlsxXml";
import { BINARY_WORKBOOK, NO_WORKBOOK, WorkbookFileError } from "./fileError";

/** The zip entries of an .xlsx, as the reader at hand unzips them (the text synchronously or not). */
export interface XlsxParts {
  has(path: string): boolean;
  /** A part's text (UTF-8, without a byte order mark). */
  text(path: string): string | Promise<string>;
}

/** What an .xlsx holds, its worksheets still to be read. */
export interface XlsxStructure {
  readonly date1904: boolean;
  readonly sharedStrings: readonly string[];
  /** The worksheets in the workbook's order (chart, dialog and macro sheets left out), each with its zip entry; `hidden` when it is hidden. */
  readonly sheets: readonly { readonly name: string; readonly path: string; readonly hidden?: true }[];
}

/** The package names no workbook part that is there: no .xlsx at all, or one damaged beyond reading. */
export class NoWorkbookError extends WorkbookFileError {
  constructor() {
    super(NO_WORKBOOK);
  }
}

/** The package's workbook is Excel's binary one (.xlsb, `xl/workbook.bin`): a zip like an .xlsx, but no XML to read. */
export class BinaryWorkbookError extends WorkbookFileError {
  constructor() {
    super(BINARY_WORKBOOK);
  }
}

const OPEN_DOCUMENT_MIMETYPE = new TextEncoder().encode("mimetypeapplication/vnd.oasis.opendocument.");

/**
 * Whether a zip is an OpenDocument file (LibreOffice's .ods, .odt …): the format puts its
 * `mimetype` entry first and uncompressed, so its name and content stand from byte 30 on.
 * Such a file is a zip but no .xlsx, and the user needs to hear which it is to fix it.
 */
export function isOpenDocument(bytes: Uint8Array): boolean {
  return OPEN_DOCUMENT_MIMETYPE.every((b, i) => bytes[30 + i] === b);
}

const WORKBOOK_ELEMENT = /<(?:[A-Za-z_][\w.-]*:)?workbook[\s>/]/;

/**
 * The workbook, its relationships and shared strings of an .xlsx read from its parts. A missing
 * `_rels/.rels` (or one naming no office document) means `xl/workbook.xml`; a missing shared
 * strings relationship means `sharedStrings.xml` beside the workbook; missing relationship and
 * shared strings parts mean none. Throws NoWorkbookError when the workbook part is not there or
 * is no workbook (a Word document's), BinaryWorkbookError when it is an .xlsb's.
 * A worksheet's path is not checked: the caller says which sheet is missing when it reads it.
 */
export async function readXlsxStructure(parts: XlsxParts): Promise<XlsxStructure> {
  const relationshipsOf = async (path: string) =>
    parts.has(path) ? parseRelationships(await parts.text(path)) : new Map<string, Relationship>();

  const root = await relationshipsOf("_rels/.rels");
  const officeDocument = [...root.values()].find((r) => !r.external && /\/officeDocument$/.test(r.type));
  const workbookPath = officeDocument ? resolvePart("", officeDocument.target) : "xl/workbook.xml";
  if (!parts.has(workbookPath)) throw new NoWorkbookError();
  if (/\.bin$/i.test(workbookPath)) throw new BinaryWorkbookError();
  const workbookXml = await parts.text(workbookPath);
  // a Word or PowerPoint file names its document the same way, and would read as a workbook without sheets
  if (!WORKBOOK_ELEMENT.test(workbookXml)) throw new NoWorkbookError();
  const workbook = parseWorkbook(workbookXml);
  const rels = await relationshipsOf(relationshipsPathOf(workbookPath));
  const base = workbookPath.slice(0, workbookPath.lastIndexOf("/") + 1);

  const sharedStringsRel = [...rels.values()].find((r) => !r.external && /\/sharedStrings$/.test(r.type));
  const sharedStringsPath = sharedStringsRel ? resolvePart(base, sharedStringsRel.target) : `${base}sharedStrings.xml`;
  const sharedStrings = parts.has(sharedStringsPath) ? parseSharedStrings(await parts.text(sharedStringsPath)) : [];

  const sheets: { name: string; path: string; hidden?: true }[] = [];
  for (const { name, relId, hidden } of workbook.sheets) {
    const rel = rels.get(relId);
    // chart sheets, dialog and macro sheets hold no cells
    if (!rel || rel.external || !/\/worksheet$/.test(rel.type)) continue;
    sheets.push({ name, path: resolvePart(base, rel.target), ...(hidden ? { hidden } : {}) });
  }
  return { date1904: workbook.date1904, sharedStrings, sheets };
}

/** The `_rels` part of a part: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`. */
export function relationshipsPathOf(path: string): string {
  const slash = path.lastIndexOf("/");
  return `${path.slice(0, slash + 1)}_rels/${path.slice(slash + 1)}.rels`;
}

/**
 * A relationship target resolved against the folder of its source part (`xl/`), as a zip entry
 * name: `../`, `./` and empty steps followed, an absolute target (`/xl/…`) from the package root.
 * A backslash is read as a slash: some writers put `worksheets\sheet1.xml`, as zip entry names are read.
 */
export function resolvePart(base: string, target: string): string {
  const slashed = target.includes("\\") ? target.replace(/\\/g, "/") : target;
  const parts = (slashed.startsWith("/") ? slashed.slice(1) : base + slashed).split("/");
  const resolved: string[] = [];
  for (const part of parts) {
    if (part === "..") resolved.pop();
    else if (part !== "." && part !== "") resolved.push(part);
  }
  return resolved.join("/");
}
