/**
 * The tables of a web page as sheets of text cells: what many finance and payroll systems save
 * as "Excel" (an HTML page named .xls, which Excel opens as a sheet). Only the cells' text is read,
 * as a CSV file's is: tags inside a cell dropped, `<br>` a line break, entities decoded, a
 * `colspan` leaving empty cells after it, blank cells null. Pure string work, no DOM.
 */
import { XML_ENTITIES, decodeEntities } from "./entities";
import type { SheetData } from "./types";

/** The named entities such pages use for Nordic letters, money and spaces; any character reference. */
const NAMED: Readonly<Record<string, string>> = {
  ...XML_ENTITIES,
  nbsp: "\u00a0",
  auml: "ä",
  ouml: "ö",
  aring: "å",
  Auml: "Ä",
  Ouml: "Ö",
  Aring: "Å",
  eacute: "é",
  uuml: "ü",
  euro: "€",
  ndash: "–",
  mdash: "—",
};

/** A cell's text: the page's line breaks and runs of spaces one space, a `<br>` a line break, tags dropped, entities decoded, trimmed. */
function cellText(html: string): string | null {
  const flat = html
    .replace(/[ \t\r\n]+/g, " ")
    .replace(/ ?<br\s*\/?> ?/gi, "\n")
    .replace(/<[^>]*>/g, "");
  const text = decodeEntities(flat, NAMED).trim();
  return text === "" ? null : text;
}

/**
 * Every `<table>` of a page with rows, in order, as a sheet named `name` (the second `name 2`
 * and so on); tables inside tables are not followed. Empty when there is none.
 */
export function readHtmlTables(html: string, name: string): SheetData[] {
  const source = html.replace(/<!--[\s\S]*?-->/g, "").replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, "");
  const sheets: SheetData[] = [];
  for (const table of source.matchAll(/<table\b[^>]*>([\s\S]*?)<\/table\s*>/gi)) {
    const rows: (string | null)[][] = [];
    for (const row of table[1].matchAll(/<tr\b[^>]*>([\s\S]*?)(?=<tr\b|<\/tr\s*>|<\/tbody|<\/thead|<\/tfoot|$)/gi)) {
      const cells: (string | null)[] = [];
      for (const cell of row[1].matchAll(/<(td|th)\b([^>]*)>([\s\S]*?)(?=<t[dh]\b|<\/t[dh]\s*>|$)/gi)) {
        cells.push(cellText(cell[3]));
        const span = /\bcolspan\s*=\s*["']?(\d+)/i.exec(cell[2]);
        for (let extra = span ? Math.min(Number(span[1]), 256) - 1 : 0; extra > 0; extra--) cells.push(null);
      }
      while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
      rows.push(cells);
    }
    while (rows.length > 0 && rows[rows.length - 1].length === 0) rows.pop();
    if (rows.length > 0) sheets.push({ name: sheets.length === 0 ? name : `${name} ${sheets.length + 1}`, cells: rows });
  }
  return sheets;
}
