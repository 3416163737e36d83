/**
 * New workbooks (kaste template, ledger --format xlsx, the programme summary, the final report)
 * built by the same editor as the edits of a coordinator's workbook: a minimal package (content
 * types, relationships, a workbook with no sheets yet, a styles part) and the sheets added to
 * it, their text in a shared strings part as Excel writes it.
 */
import type { PartSource } from "./editor";
import { XlsxEditor } from "./editor";
import type { NewSheet } from "./newSheet";
import { blankStyles } from "./styles";
import { NS_CONTENT_TYPES, NS_MAIN, NS_PACKAGE_REL, NS_REL, XML_HEAD } from "./xml";
import { writeZip } from "../zipWriter";
import type { ZipDeflater } from "../zipWriter";

/** The parts of an empty package, in the order Excel writes them. */
export function blankPackage(): Map<string, string> {
  return new Map([
    [
      "[Content_Types].xml",
      `${XML_HEAD}<Types xmlns="${NS_CONTENT_TYPES}"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>',
    ],
    [
      "_rels/.rels",
      `${XML_HEAD}<Relationships xmlns="${NS_PACKAGE_REL}"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ],
    [
      "xl/workbook.xml",
      `${XML_HEAD}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><workbookPr/><bookViews><workbookView/></bookViews><sheets></sheets><calcPr calcId="191029"/></workbook>`,
    ],
    [
      "xl/_rels/workbook.xml.rels",
      `${XML_HEAD}<Relationships xmlns="${NS_PACKAGE_REL}"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
    ],
    ["xl/styles.xml", blankStyles()],
  ]);
}

/** A part source over parts held in memory. */
export function memorySource(parts: ReadonlyMap<string, string>): PartSource {
  const folded = new Map([...parts].map(([name, text]) => [name.toLowerCase(), text]));
  return {
    names: [...parts.keys()],
    has: (name) => folded.has(name.toLowerCase()),
    text: (name) => {
      const text = folded.get(name.toLowerCase());
      if (text === undefined) throw new Error(`${name} is missing`);
      return text;
    },
  };
}

/** The parts of a new workbook holding `sheets`, in order, as text. */
export async function newWorkbookParts(sheets: readonly NewSheet[]): Promise<Map<string, string>> {
  const base = blankPackage();
  const editor = await XlsxEditor.open(memorySource(base), { sharedStrings: true });
  for (const sheet of sheets) await editor.addSheet(sheet);
  const edits = await editor.edits();
  const decoder = new TextDecoder();
  const parts = new Map<string, string>();
  for (const [name, text] of base) {
    if (edits.removed.has(name)) continue;
    const changed = edits.changed.get(name);
    parts.set(name, changed ? decoder.decode(changed) : text);
  }
  for (const part of edits.added) parts.set(part.name, decoder.decode(part.bytes));
  return parts;
}

/** A new .xlsx holding `sheets`, in order. */
export async function newWorkbook(sheets: readonly NewSheet[], deflater: ZipDeflater): Promise<Uint8Array> {
  const encoder = new TextEncoder();
  const parts = await newWorkbookParts(sheets);
  return writeZip(
    [...parts].map(([name, text]) => ({ name, bytes: encoder.encode(text) })),
    deflater,
  );
}
