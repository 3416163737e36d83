/**
 * Excel Table parts (`xl/tables/tableN.xml`): a new table over a header row and its data rows
 * (the header cells' texts as its column names), and an existing table grown over rows written
 * below it, `ref` and its `autoFilter ref` together, or widened over header cells written right
 * of it. Everything else in the part (styles, calculated columns, extensions) stays.
 */
import { cellAddress, parseRange } from "../address";
import type { CellRange } from "../types";
import { NS_MAIN, XML_HEAD, escapeAttr, findElement, findElements, getAttr, setAttr, unescapeAttr } from "./xml";

/** What a table part says of itself. */
export interface TableInfo {
  readonly id: number;
  readonly name: string;
  readonly range: CellRange;
  readonly totalsRows: number;
  readonly headerRows: number;
}

export function tableInfo(xml: string): TableInfo | null {
  const table = findElement(xml, "table");
  if (!table) return null;
  const tag = xml.slice(table.start, table.openEnd);
  const range = parseRange(getAttr(tag, "ref") ?? "");
  if (!range) return null;
  return {
    id: Number(getAttr(tag, "id") ?? 0),
    name: unescapeAttr(getAttr(tag, "name") ?? ""),
    range,
    totalsRows: Number(getAttr(tag, "totalsRowCount") ?? 0),
    headerRows: Number(getAttr(tag, "headerRowCount") ?? 1),
  };
}

function refOf(range: CellRange): string {
  return `${cellAddress(range.top, range.left)}:${cellAddress(range.bottom, range.right)}`;
}

/** The table grown down to `bottom` (0-based) and right over `columns` new column names; its autoFilter follows. */
export function grownTable(xml: string, bottom: number, columns: readonly string[] = []): string {
  const info = tableInfo(xml);
  const table = findElement(xml, "table");
  if (!info || !table) return xml;
  const range = { ...info.range, bottom: Math.max(info.range.bottom, bottom), right: info.range.right + columns.length };
  let out = xml;
  // from the end backwards, so the positions found stay right
  if (columns.length > 0) {
    const list = findElement(out, "tableColumns");
    if (list && !list.selfClosed) {
      const existing = findElements(out, "tableColumn", list.openEnd, list.closeStart);
      let id = Math.max(0, ...existing.map((c) => Number(getAttr(out.slice(c.start, c.openEnd), "id") ?? 0)));
      const added = columns.map((name) => `<${list.prefix}tableColumn id="${++id}" name="${escapeAttr(name)}"/>`).join("");
      const tag = setAttr(out.slice(list.start, list.openEnd), "count", String(existing.length + columns.length));
      out = out.slice(0, list.start) + tag + out.slice(list.openEnd, list.closeStart) + added + out.slice(list.closeStart);
    }
  }
  const filter = findElement(out, "autoFilter");
  if (filter) {
    const tag = out.slice(filter.start, filter.openEnd);
    const old = parseRange(getAttr(tag, "ref") ?? "");
    if (old) {
      const grown = { ...old, bottom: range.bottom - info.totalsRows, right: old.right + columns.length };
      out = out.slice(0, filter.start) + setAttr(tag, "ref", refOf(grown)) + out.slice(filter.openEnd);
    }
  }
  const tableTag = out.slice(table.start, table.openEnd);
  return out.slice(0, table.start) + setAttr(tableTag, "ref", refOf(range)) + out.slice(table.openEnd);
}

/** Column names for a table from its header cells' texts: unique (ignoring case) and never empty, as Excel requires. */
export function tableColumnNames(header: readonly string[]): string[] {
  const seen = new Set<string>();
  return header.map((text, i) => {
    const base = text.trim() === "" ? `Column${i + 1}` : text.replace(/[\r\n]+/g, " ");
    let name = base;
    for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${base}${n}`;
    seen.add(name.toLowerCase());
    return name;
  });
}

/** A new table part over `range` (the header row its top), named `name`, with `columns` as its column names. */
export function newTableXml(id: number, name: string, range: CellRange, columns: readonly string[]): string {
  const ref = refOf(range);
  const cols = columns.map((column, i) => `<tableColumn id="${i + 1}" name="${escapeAttr(column)}"/>`).join("");
  return (
    `${XML_HEAD}<table xmlns="${NS_MAIN}" id="${id}" name="${escapeAttr(name)}" displayName="${escapeAttr(name)}" ref="${ref}" totalsRowShown="0">` +
    `<autoFilter ref="${ref}"/><tableColumns count="${columns.length}">${cols}</tableColumns>` +
    '<tableStyleInfo name="TableStyleLight9" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>'
  );
}
