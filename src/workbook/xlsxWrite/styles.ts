/**
 * `xl/styles.xml` edited in place: the cell formats (`cellXfs`) a written cell needs are found
 * or appended (a date, money or percent number format over the style a cell already has, a
 * bold font), and nothing else changes: existing formats keep their indexes, so every cell
 * already in the workbook looks as it did.
 */
import { findElement, findElements, getAttr, setAttr } from "./xml";

/**
 * The number formats KASTE Ledger writes, as Excel's built-in ids: the short date of the
 * reader's locale (14: d.m.yyyy in Finnish Excel, yyyy-mm-dd in Swedish), `#,##0.00` (4) and
 * `0.00%` (10). Built-in formats need no entry in `numFmts`, which an edit so leaves as it is.
 */
export const NUMBER_FORMATS = { date: 14, money: 4, percent: 10 } as const;
export type NumberFormat = keyof typeof NUMBER_FORMATS;

/** A minimal styles part for a new workbook: Calibri 11, no fills or borders, one cell format. */
export function blankStyles(): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    '<fonts count="1"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>' +
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
    '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
    "</styleSheet>"
  );
}

/** The cell formats of a styles part, and the ones a write adds. */
export class StylesEditor {
  private readonly xfs: string[];
  private readonly fonts: string[];
  private readonly addedXfs: string[] = [];
  private readonly addedFonts: string[] = [];
  private readonly derived = new Map<string, number>();
  private readonly prefix: string;

  constructor(private readonly source: string) {
    this.prefix = findElement(source, "styleSheet")?.prefix ?? "";
    const cellXfs = findElement(source, "cellXfs");
    this.xfs = cellXfs ? findElements(source, "xf", cellXfs.openEnd, cellXfs.closeStart).map((s) => source.slice(s.start, s.end)) : [];
    const fonts = findElement(source, "fonts");
    this.fonts = fonts ? findElements(source, "font", fonts.openEnd, fonts.closeStart).map((s) => source.slice(s.start, s.end)) : [];
  }

  get changed(): boolean {
    return this.addedXfs.length > 0;
  }

  private xf(index: number): string {
    return (
      this.xfs[index] ??
      this.addedXfs[index - this.xfs.length] ??
      this.xfs[0] ??
      '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    );
  }

  /** The number format id of a cell format (0, General, for none). */
  numberFormatOf(index: number): number {
    return Number(getAttr(this.xf(index), "numFmtId") ?? 0);
  }

  /** A cell format: `base` (the default when null) with the number format `code`; an existing number format is kept when `keep`. */
  withNumberFormat(base: number | null, format: NumberFormat, keep: boolean): number {
    const from = base ?? 0;
    if (keep && base !== null && this.numberFormatOf(base) !== 0) return base;
    const id = NUMBER_FORMATS[format];
    if (base !== null && this.numberFormatOf(base) === id) return base;
    return this.derive(from, `fmt${id}`, (xf) => setAttr(setAttr(xf, "numFmtId", String(id)), "applyNumberFormat", "1"));
  }

  /** A cell format: `base` (the default when null) in bold. */
  bold(base: number | null): number {
    const from = base ?? 0;
    const fontId = Number(getAttr(this.xf(from), "fontId") ?? 0);
    const font = this.fonts[fontId] ?? this.addedFonts[fontId - this.fonts.length] ?? "<font/>";
    if (/<([A-Za-z_][\w.-]*:)?b(\s*\/>|\s+val="(1|true)")/.test(font)) return from;
    const bold = this.boldFont(fontId, font);
    return this.derive(from, `bold${bold}`, (xf) => setAttr(setAttr(xf, "fontId", String(bold)), "applyFont", "1"));
  }

  private boldFont(fontId: number, font: string): number {
    const key = `font${fontId}`;
    const known = this.derived.get(key);
    if (known !== undefined) return known;
    const prefix = /^<([A-Za-z_][\w.-]*:)?font/.exec(font)?.[1] ?? "";
    const open = font.indexOf(">");
    const bold =
      font.charCodeAt(open - 1) === 47
        ? `${font.slice(0, open - 1)}><${prefix}b/></${prefix}font>`
        : `${font.slice(0, open + 1)}<${prefix}b/>${font.slice(open + 1)}`;
    this.addedFonts.push(bold);
    const id = this.fonts.length + this.addedFonts.length - 1;
    this.derived.set(key, id);
    return id;
  }

  private derive(from: number, what: string, change: (startTag: string) => string): number {
    const key = `${from}:${what}`;
    const known = this.derived.get(key);
    if (known !== undefined) return known;
    const xf = this.xf(from);
    const open = xf.indexOf(">") + 1;
    const tag = xf.slice(0, open);
    this.addedXfs.push(change(tag) + xf.slice(open));
    const index = this.xfs.length + this.addedXfs.length - 1;
    this.derived.set(key, index);
    return index;
  }

  /** The styles part with the added formats, fonts and cell formats; the source itself when nothing was added. */
  xml(): string {
    if (!this.changed) return this.source;
    let xml = this.source;
    const p = this.prefix;
    xml = appendItems(xml, "cellXfs", this.addedXfs, this.xfs.length, p, null);
    if (this.addedFonts.length > 0) xml = appendItems(xml, "fonts", this.addedFonts, this.fonts.length, p, null);
    return xml;
  }
}

/** `items` appended to the list element `local` (its count updated), the element created before `before` when missing. */
function appendItems(xml: string, local: string, items: readonly string[], had: number, prefix: string, before: string | null): string {
  const list = findElement(xml, local);
  const count = String(had + items.length);
  if (!list) {
    const next = before ? findElement(xml, before) : null;
    const root = findElement(xml, "styleSheet");
    const at = next?.start ?? root?.openEnd ?? 0;
    return `${xml.slice(0, at)}<${prefix}${local} count="${count}">${items.join("")}</${prefix}${local}>${xml.slice(at)}`;
  }
  const tag = setAttr(xml.slice(list.start, list.openEnd), "count", count);
  if (list.selfClosed) return `${xml.slice(0, list.start)}${tag.slice(0, -2)}>${items.join("")}</${prefix}${local}>${xml.slice(list.end)}`;
  return xml.slice(0, list.start) + tag + xml.slice(list.openEnd, list.closeStart) + items.join("") + xml.slice(list.closeStart);
}
