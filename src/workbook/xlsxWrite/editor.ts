/**
 * The package editor: an .xlsx edited part by part. Cells are set and rows appended in a
 * sheet's XML (sheetData.ts), the Excel Tables and the validation and conditional-format
 * ranges over them grow with the rows, sheets are added as new parts (with their workbook,
 * relationship and content-type entries) and our own generated sheets written again in place.
 * What changes is returned as edits for the zip writer (zipWriter.ts `rewriteZip`), which
 * copies every other part byte for byte: charts, pivot tables, slicers, comments, VBA projects
 * and parts we know nothing of stay as they are. When formulas are written the calculation
 * chain (`calcChain.xml`, a cache Excel rebuilds) is dropped and the workbook recalculates on
 * load; defined names, views and calculation settings stay.
 */
import { cellAddress } from "../address";
import type { OutBlock } from "../cells";
import { isFormulaCell, widestRow } from "../cells";
import { relationshipsPathOf, resolvePart } from "../xlsxPackage";
import { parseRelationships, parseWorkbook } from "../xlsxXml";
import { CONTENT_TYPE, CONTENT_TYPES_PART, withOverride, withoutOverride } from "./contentTypes";
import { cellXml, formatOf } from "./cellXml";
import type { NewSheet } from "./newSheet";
import { hasFormulas, newSheetXml } from "./newSheet";
import { withGrownRanges } from "./ranges";
import type { Growth } from "./ranges";
import { REL_TYPE, emptyRelationships, relativeTarget, withRelationship, withoutRelationships } from "./relationships";
import { SheetDataEditor } from "./sheetData";
import type { Segment } from "./sheetData";
import { StylesEditor, blankStyles } from "./styles";
import { grownTable, newTableXml, tableColumnNames, tableInfo } from "./tables";
import type { TableInfo } from "./tables";
import { sheetEntries, withFullCalcOnLoad, withSheetEntry, withSheetState } from "./workbookXml";
import { NS_MAIN, XML_HEAD, escapeText, findElement, findElements, getAttr, unescapeAttr } from "./xml";
import { NO_WORKBOOK, WorkbookFileError } from "../fileError";

/** Where the parts come from: a read zip (ZipArchive fits) or a new package in memory. */
export interface PartSource {
  /** The entries' names, in their order. */
  readonly names: readonly string[];
  /** Whether a part is there, its name in any case. */
  has(name: string): boolean;
  text(name: string): string | Promise<string>;
  /**
   * The bytes `text(name)` decoded, when they are ASCII (so a string position is a byte
   * position): an edited sheet's untouched runs are then copied as bytes, not encoded again.
   */
  asciiBytes?(name: string): Uint8Array | null;
}

/** What a write changes, for `rewriteZip`. */
export interface PackageEdits {
  readonly changed: Map<string, Uint8Array>;
  readonly removed: Set<string>;
  readonly added: { name: string; bytes: Uint8Array }[];
}

/** A sheet name already in the workbook (Excel compares them ignoring case). */
export class SheetNameTaken extends WorkbookFileError {
  constructor(readonly sheet: string) {
    super({
      fi: `työkirjassa on jo välilehti ${sheet}`,
      sv: `arbetsboken har redan ett blad som heter ${sheet}`,
      en: `the workbook has a sheet named ${sheet} already`,
    });
  }
}

interface SheetTable {
  readonly path: string;
  readonly info: TableInfo;
  bottom: number;
  columns: string[];
}

export class XlsxEditor {
  private readonly texts = new Map<string, string>();
  private readonly names = new Map<string, string>();
  private readonly changedParts = new Set<string>();
  private readonly addedParts: string[] = [];
  private readonly removedParts = new Set<string>();
  private readonly sheets = new Map<string, SheetDataEditor>();
  /** Edited sheets written as bytes (their untouched runs copied from the bytes read). */
  private readonly partBytes = new Map<string, Uint8Array>();
  private readonly growths = new Map<string, Growth[]>();
  private readonly tables = new Map<string, SheetTable[]>();
  private stylesEditor: StylesEditor | null = null;
  private stylesPath: string | null = null;
  private formulas = false;
  private dropCalcChain = false;
  /** A new workbook's shared strings (null: text goes inline, the workbook's own sharedStrings part untouched). */
  private readonly shared: { readonly strings: string[]; readonly index: Map<string, number> } | null;
  readonly date1904: boolean;

  private constructor(
    private readonly source: PartSource,
    private readonly workbookPath: string,
    workbookXml: string,
    sharedStrings: boolean,
  ) {
    this.shared = sharedStrings ? { strings: [], index: new Map() } : null;
    for (const name of source.names) this.names.set(name.toLowerCase(), name);
    this.texts.set(workbookPath.toLowerCase(), workbookXml);
    this.date1904 = parseWorkbook(workbookXml).date1904;
  }

  /** Opens a package; `sharedStrings` (for a new workbook, whose package has none yet) writes new sheets' text to a shared strings part. */
  static async open(source: PartSource, options: { readonly sharedStrings?: boolean } = {}): Promise<XlsxEditor> {
    let workbookPath = "xl/workbook.xml";
    if (source.has("_rels/.rels")) {
      const root = parseRelationships(await source.text("_rels/.rels"));
      const office = [...root.values()].find((r) => !r.external && /\/officeDocument$/.test(r.type));
      if (office) workbookPath = resolvePart("", office.target);
    }
    if (!source.has(workbookPath)) throw new WorkbookFileError(NO_WORKBOOK);
    return new XlsxEditor(source, workbookPath, await source.text(workbookPath), options.sharedStrings ?? false);
  }

  private key(name: string): string {
    return name.toLowerCase();
  }

  private exists(name: string): boolean {
    const key = this.key(name);
    if (this.removedParts.has(key)) return false;
    return this.texts.has(key) ? true : this.source.has(name);
  }

  /** A part's text, as edited so far; null when there is none. */
  async part(name: string): Promise<string | null> {
    const key = this.key(name);
    if (this.removedParts.has(key)) return null;
    const known = this.texts.get(key);
    if (known !== undefined) return known;
    if (!this.source.has(name)) return null;
    const text = await this.source.text(name);
    this.texts.set(key, text);
    return text;
  }

  private setPart(name: string, text: string): void {
    const key = this.key(name);
    this.texts.set(key, text);
    if (this.removedParts.delete(key) || this.source.has(name)) this.changedParts.add(key);
    else if (!this.addedParts.includes(key)) {
      this.addedParts.push(key);
      this.names.set(key, name);
    }
  }

  private removePart(name: string): void {
    const key = this.key(name);
    this.texts.delete(key);
    this.changedParts.delete(key);
    const added = this.addedParts.indexOf(key);
    if (added >= 0) this.addedParts.splice(added, 1);
    else if (this.source.has(name)) this.removedParts.add(key);
  }

  private async required(name: string): Promise<string> {
    const text = await this.part(name);
    if (text === null)
      throw new WorkbookFileError({
        fi: `${name} puuttuu työkirjasta`,
        sv: `${name} saknas i arbetsboken`,
        en: `${name} is missing from the workbook`,
      });
    return text;
  }

  private get base(): string {
    return this.workbookPath.slice(0, this.workbookPath.lastIndexOf("/") + 1);
  }

  private get workbookRelsPath(): string {
    return relationshipsPathOf(this.workbookPath);
  }

  /** The workbook's sheet names, in order. */
  async sheetNames(): Promise<string[]> {
    return sheetEntries(await this.required(this.workbookPath)).map((s) => s.name);
  }

  /** The zip entry of a worksheet by its name (exactly, else ignoring case); null when there is none. */
  async sheetPath(name: string): Promise<string | null> {
    const entries = sheetEntries(await this.required(this.workbookPath));
    const entry = entries.find((s) => s.name === name) ?? entries.find((s) => s.name.toLowerCase() === name.toLowerCase());
    if (!entry) return null;
    const rel = parseRelationships((await this.part(this.workbookRelsPath)) ?? "").get(entry.relId);
    return rel && !rel.external ? resolvePart(this.base, rel.target) : null;
  }

  private async sheetEditor(path: string): Promise<SheetDataEditor> {
    const key = this.key(path);
    let editor = this.sheets.get(key);
    if (!editor) {
      editor = new SheetDataEditor(await this.required(path));
      this.sheets.set(key, editor);
    }
    return editor;
  }

  private async styles(): Promise<StylesEditor> {
    if (this.stylesEditor) return this.stylesEditor;
    const rels = parseRelationships((await this.part(this.workbookRelsPath)) ?? "");
    const rel = [...rels.values()].find((r) => !r.external && r.type === REL_TYPE.styles);
    let path = rel ? resolvePart(this.base, rel.target) : null;
    if (!path || !this.exists(path)) {
      path = `${this.base}styles.xml`;
      this.setPart(path, blankStyles());
      await this.addRelationship(this.workbookRelsPath, this.workbookPath, REL_TYPE.styles, path);
      await this.setContentType(path, CONTENT_TYPE.styles);
    }
    this.stylesPath = path;
    this.stylesEditor = new StylesEditor(await this.required(path));
    return this.stylesEditor;
  }

  private async addRelationship(relsPath: string, fromPart: string, type: string, toPart: string): Promise<string> {
    const rels = (await this.part(relsPath)) ?? emptyRelationships();
    const { xml, id } = withRelationship(rels, type, relativeTarget(fromPart, toPart));
    this.setPart(relsPath, xml);
    return id;
  }

  private async setContentType(part: string, type: string): Promise<void> {
    this.setPart(CONTENT_TYPES_PART, withOverride(await this.required(CONTENT_TYPES_PART), part, type));
  }

  /** The Excel Tables on a sheet (from its relationships), read once. */
  private async tablesOf(sheetPath: string): Promise<SheetTable[]> {
    const key = this.key(sheetPath);
    const known = this.tables.get(key);
    if (known) return known;
    const found: SheetTable[] = [];
    const rels = await this.part(relationshipsPathOf(sheetPath));
    if (rels) {
      const folder = sheetPath.slice(0, sheetPath.lastIndexOf("/") + 1);
      for (const rel of parseRelationships(rels).values()) {
        if (rel.external || rel.type !== REL_TYPE.table) continue;
        const path = resolvePart(folder, rel.target);
        const xml = await this.part(path);
        const info = xml ? tableInfo(xml) : null;
        if (info) found.push({ path, info, bottom: info.range.bottom, columns: [] });
      }
    }
    this.tables.set(key, found);
    return found;
  }

  /**
   * Writes blocks of cells into existing sheets. Rows continuing a table (`styleFromAbove`)
   * take the styles of the row above them; an Excel Table whose last row they follow grows
   * over them, and validation and conditional formats ending at that row follow.
   */
  async writeBlocks(blocks: readonly OutBlock[]): Promise<void> {
    const styles = await this.styles();
    for (const block of blocks) {
      const path = await this.sheetPath(block.sheet);
      if (!path)
        throw new WorkbookFileError({
          fi: `työkirjassa ei ole välilehteä ${block.sheet}`,
          sv: `arbetsboken har inget blad ${block.sheet}`,
          en: `the workbook has no sheet ${block.sheet}`,
        });
      const sheet = await this.sheetEditor(path);
      const width = widestRow(block.rows);
      const above: (number | null)[] = [];
      if (block.styleFromAbove && block.row > 0) for (let c = 0; c < width; c++) above.push(sheet.styleAt(block.row - 1, block.col + c));
      for (let r = 0; r < block.rows.length; r++) {
        const row = block.rows[r];
        for (let c = 0; c < row.length; c++) {
          const value = row[c];
          const at = block.row + r;
          const col = block.col + c;
          const base = above[c] ?? sheet.styleAt(at, col);
          const format = formatOf(value);
          const style = format ? styles.withNumberFormat(base, format, base !== null) : base;
          if (value !== null && isFormulaCell(value)) this.formulas = true;
          sheet.set(at, col, cellXml(cellAddress(at, col), value, style, this.date1904, sheet.prefix));
        }
      }
      if (block.rows.length === 0 || width === 0) continue;
      await this.follow(path, block, width);
    }
  }

  /** Grows the tables a block continues, and notes the ranges to extend. */
  private async follow(path: string, block: OutBlock, width: number): Promise<void> {
    const bottom = block.row + block.rows.length - 1;
    const right = block.col + width - 1;
    const growths = this.growths.get(this.key(path)) ?? [];
    this.growths.set(this.key(path), growths);
    let grewTable = false;
    for (const table of await this.tablesOf(path)) {
      const range = table.info.range;
      const tableRight = range.right + table.columns.length;
      if (block.row === range.top && block.rows.length === 1 && block.col === tableRight + 1) {
        // header cells written right of a table's header: its new columns
        table.columns.push(
          ...tableColumnNames(block.rows[0].map((v) => (typeof v === "string" || typeof v === "number" ? String(v) : ""))),
        );
        continue;
      }
      if (table.info.totalsRows > 0 || block.row <= range.top || block.row > table.bottom + 1) continue;
      if (bottom <= table.bottom || right < range.left || block.col > tableRight) continue;
      growths.push({ oldBottom: table.bottom, newBottom: bottom, left: range.left, right: tableRight });
      table.bottom = bottom;
      grewTable = true;
    }
    if (!grewTable && block.styleFromAbove && block.row > 0)
      growths.push({ oldBottom: block.row - 1, newBottom: bottom, left: block.col, right });
  }

  /** Adds a new sheet after the others. Throws SheetNameTaken when its name is in use. */
  async addSheet(sheet: NewSheet): Promise<void> {
    const names = await this.sheetNames();
    if (names.some((name) => name.toLowerCase() === sheet.name.toLowerCase())) throw new SheetNameTaken(sheet.name);
    const path = this.freePath(`${this.base}worksheets/sheet`, ".xml", names.length + 1);
    const relId = await this.addRelationship(this.workbookRelsPath, this.workbookPath, REL_TYPE.worksheet, path);
    await this.writeSheetPart(path, sheet);
    await this.setContentType(path, CONTENT_TYPE.worksheet);
    this.setPart(this.workbookPath, withSheetEntry(await this.required(this.workbookPath), sheet.name, relId, sheet.hidden ?? false));
  }

  /** Writes one of our own generated sheets again in place (its tables too): the same part, the same place in the workbook. */
  async replaceSheet(sheet: NewSheet): Promise<void> {
    const path = await this.sheetPath(sheet.name);
    if (!path) return this.addSheet(sheet);
    const relsPath = relationshipsPathOf(path);
    for (const table of await this.tablesOf(path)) {
      this.removePart(table.path);
      this.setPart(CONTENT_TYPES_PART, withoutOverride(await this.required(CONTENT_TYPES_PART), table.path));
    }
    this.tables.delete(this.key(path));
    this.sheets.delete(this.key(path));
    const rels = await this.part(relsPath);
    if (rels !== null) {
      const rest = withoutRelationships(rels, (type) => type === REL_TYPE.table);
      if (parseRelationships(rest).size === 0) this.removePart(relsPath);
      else this.setPart(relsPath, rest);
    }
    await this.writeSheetPart(path, sheet);
    this.dropCalcChain = true;
    const entries = sheetEntries(await this.required(this.workbookPath));
    const name = entries.find((s) => s.name.toLowerCase() === sheet.name.toLowerCase())?.name ?? sheet.name;
    this.setPart(this.workbookPath, withSheetState(await this.required(this.workbookPath), name, sheet.hidden ?? false));
  }

  private freePath(stem: string, extension: string, from: number): string {
    for (let n = Math.max(1, from); ; n++) {
      const path = `${stem}${n}${extension}`;
      if (!this.exists(path) && !this.addedParts.includes(this.key(path))) return path;
    }
  }

  private async writeSheetPart(path: string, sheet: NewSheet): Promise<void> {
    const styles = await this.styles();
    let rows = sheet.rows;
    const relIds: string[] = [];
    const relsPath = relationshipsPathOf(path);
    if ((sheet.tables ?? []).length > 0) {
      const taken = await this.tableNamesAndIds();
      const copy = rows.map((row) => row.slice());
      for (const table of sheet.tables ?? []) {
        const header = copy[table.headerRow] ?? [];
        const texts = Array.from({ length: table.columns }, (_, c) => {
          const v = header[c];
          return typeof v === "string" || typeof v === "number" ? String(v) : "";
        });
        const columns = tableColumnNames(texts);
        columns.forEach((name, c) => {
          if (texts[c] !== name) {
            while (header.length <= c) header.push(null);
            header[c] = name;
          }
        });
        copy[table.headerRow] = header;
        let name = table.name;
        for (let n = 2; taken.names.has(name.toLowerCase()); n++) name = `${table.name}_${n}`;
        taken.names.add(name.toLowerCase());
        const id = ++taken.maxId;
        const range = { top: table.headerRow, left: 0, bottom: table.headerRow + Math.max(1, table.rows), right: table.columns - 1 };
        const tablePath = this.freePath(`${this.base}tables/table`, ".xml", id);
        this.setPart(tablePath, newTableXml(id, name, range, columns));
        await this.setContentType(tablePath, CONTENT_TYPE.table);
        relIds.push(await this.addRelationship(relsPath, path, REL_TYPE.table, tablePath));
      }
      rows = copy;
    }
    const shared = this.shared;
    const share = shared
      ? (text: string) => {
          let at = shared.index.get(text);
          if (at === undefined) {
            at = shared.strings.push(text) - 1;
            shared.index.set(text, at);
          }
          return at;
        }
      : undefined;
    this.setPart(path, newSheetXml({ ...sheet, rows }, styles, this.date1904, relIds, share));
    if (hasFormulas(rows)) this.formulas = true;
  }

  /** The names and the highest id of the workbook's tables (ids and names are unique in a workbook). */
  private async tableNamesAndIds(): Promise<{ names: Set<string>; maxId: number }> {
    const names = new Set<string>();
    let maxId = 0;
    const paths = new Set([...this.names.values(), ...this.addedParts.map((k) => this.names.get(k) ?? k)]);
    for (const path of paths) {
      if (!/(^|\/)tables\/[^/]+\.xml$/i.test(path)) continue;
      const xml = await this.part(path);
      const info = xml ? tableInfo(xml) : null;
      if (!info) continue;
      names.add(info.name.toLowerCase());
      maxId = Math.max(maxId, info.id);
    }
    for (const name of parseDefinedNames((await this.part(this.workbookPath)) ?? "")) names.add(name.toLowerCase());
    return { names, maxId };
  }

  /** Every part the edits changed, added or removed, the edited sheets, tables and styles written out; text as UTF-8 by `encode` (the platform's may be faster). */
  async edits(encode: (text: string) => Uint8Array = (text) => new TextEncoder().encode(text)): Promise<PackageEdits> {
    for (const [key, sheet] of this.sheets) {
      const path = this.names.get(key) ?? key;
      for (const table of this.tables.get(key) ?? []) await this.fillCalculatedColumns(sheet, table);
      const segments = sheet.segments();
      if (sheet.overwroteFormula) this.dropCalcChain = true;
      const growths = this.growths.get(key) ?? [];
      const text = sheet.text;
      // the ranges after the cells (validation, conditional formats) are in the last segment, the sheet's tail
      const last = segments[segments.length - 1];
      if (growths.length > 0 && last !== undefined) {
        let tail = typeof last === "string" ? last : text.slice(last.from, last.to);
        for (const growth of growths) tail = withGrownRanges(tail, 0, growth);
        segments[segments.length - 1] = tail;
      }
      const edited = segments.length > 1 || typeof segments[0] === "string";
      const ascii = sheet.renumbered ? null : (this.source.asciiBytes?.(path) ?? null);
      if (!edited) {
        // nothing written into this sheet
      } else if (ascii && ascii.length === text.length) {
        this.setPart(path, "");
        this.partBytes.set(key, joinSegments(segments, ascii, encode));
      } else {
        this.setPart(
          path,
          segments.map((segment) => (typeof segment === "string" ? segment : text.slice(segment.from, segment.to))).join(""),
        );
      }
      for (const table of this.tables.get(key) ?? []) {
        if (table.bottom === table.info.range.bottom && table.columns.length === 0) continue;
        this.setPart(table.path, grownTable(await this.required(table.path), table.bottom, table.columns));
      }
    }
    this.sheets.clear();
    if (this.stylesEditor?.changed && this.stylesPath) this.setPart(this.stylesPath, this.stylesEditor.xml());
    if (this.formulas || this.dropCalcChain) await this.removeCalcChain();
    if (this.shared && this.shared.strings.length > 0) await this.writeSharedStrings(this.shared.strings);
    if (this.formulas) this.setPart(this.workbookPath, withFullCalcOnLoad(await this.required(this.workbookPath)));
    const changed = new Map<string, Uint8Array>();
    for (const key of this.changedParts)
      changed.set(this.names.get(key) ?? key, this.partBytes.get(key) ?? encode(this.texts.get(key) ?? ""));
    const added = this.addedParts.map((key) => ({ name: this.names.get(key) ?? key, bytes: encode(this.texts.get(key) ?? "") }));
    const removed = new Set([...this.removedParts].map((key) => this.names.get(key) ?? key));
    return { changed, removed, added };
  }

  private async writeSharedStrings(strings: readonly string[]): Promise<void> {
    const path = `${this.base}sharedStrings.xml`;
    const items = strings.map((t) => `<si><t${/^\s|\s$|\n/.test(t) ? ' xml:space="preserve"' : ""}>${escapeText(t)}</t></si>`).join("");
    this.setPart(path, `${XML_HEAD}<sst xmlns="${NS_MAIN}" count="${strings.length}" uniqueCount="${strings.length}">${items}</sst>`);
    await this.addRelationship(this.workbookRelsPath, this.workbookPath, REL_TYPE.sharedStrings, path);
    await this.setContentType(path, CONTENT_TYPE.sharedStrings);
  }

  /**
   * A table's calculated columns (`calculatedColumnFormula`, e.g. `[@Summa]*1.24`) filled into the
   * rows it grew over, where the write left the cell empty, as Excel fills them when a row is typed
   * below a table; their style from the row above.
   */
  private async fillCalculatedColumns(sheet: SheetDataEditor, table: SheetTable): Promise<void> {
    const old = table.info.range.bottom;
    if (table.bottom <= old) return;
    const xml = await this.required(table.path);
    const list = findElement(xml, "tableColumns");
    if (!list || list.selfClosed) return;
    const columns = findElements(xml, "tableColumn", list.openEnd, list.closeStart);
    for (let i = 0; i < columns.length; i++) {
      const column = columns[i];
      if (column.selfClosed) continue;
      const calculated = findElement(xml, "calculatedColumnFormula", column.openEnd, column.closeStart);
      if (!calculated || calculated.selfClosed) continue;
      if (getAttr(xml.slice(calculated.start, calculated.openEnd), "array") === "1") continue;
      const formula = unescapeAttr(xml.slice(calculated.openEnd, calculated.closeStart));
      const col = table.info.range.left + i;
      const style = sheet.styleAt(old, col);
      for (let row = old + 1; row <= table.bottom; row++) {
        if (sheet.has(row, col)) continue;
        sheet.set(row, col, cellXml(cellAddress(row, col), { formula }, style, this.date1904, sheet.prefix));
        this.formulas = true;
      }
    }
  }

  private async removeCalcChain(): Promise<void> {
    const rels = await this.part(this.workbookRelsPath);
    const chain = rels ? [...parseRelationships(rels).values()].find((r) => !r.external && r.type === REL_TYPE.calcChain) : undefined;
    const path = chain ? resolvePart(this.base, chain.target) : `${this.base}calcChain.xml`;
    if (rels && chain)
      this.setPart(
        this.workbookRelsPath,
        withoutRelationships(rels, (type) => type === REL_TYPE.calcChain),
      );
    if (this.exists(path)) {
      this.removePart(path);
      this.setPart(CONTENT_TYPES_PART, withoutOverride(await this.required(CONTENT_TYPES_PART), path));
    }
  }
}

/** The segments of an edited sheet as UTF-8: new text encoded, kept ranges copied from the ASCII bytes read. */
function joinSegments(segments: readonly Segment[], ascii: Uint8Array, encode: (text: string) => Uint8Array): Uint8Array {
  const pieces = segments.map((segment) => (typeof segment === "string" ? encode(segment) : ascii.subarray(segment.from, segment.to)));
  const out = new Uint8Array(pieces.reduce((sum, piece) => sum + piece.length, 0));
  let at = 0;
  for (const piece of pieces) {
    out.set(piece, at);
    at += piece.length;
  }
  return out;
}

/** The names `<definedName name="…">` of a workbook part (a table may not take one). */
function parseDefinedNames(xml: string): string[] {
  return [...xml.matchAll(/<(?:[A-Za-z_][\w.-]*:)?definedName\s[^>]*?name\s*=\s*"([^"]*)"/g)].map((m) => m[1]);
}
