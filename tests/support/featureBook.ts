/**
 * The feature workbook of the preservation tests (tests/preservation/, docs/preservation.md): the
 * routine example book (examples/kirjanpito.xlsx, as examples/build.ts writes it) with every
 * feature a coordinator's workbook may hold that our writers must carry through unchanged, added
 * as hand-written OOXML in Excel's own style and zipped by the project's writer:
 *
 * a chart on Budjetti (with a text box and an image in the same drawing), a chart sheet Kaavio,
 * a pivot table on Yhteenveto over Laskut with its cache, a slicer on it, sparklines on
 * Kuntaosuudet, a threaded comment on Hanke with its person, an external link, a customXml part,
 * custom document properties, the Excel Table LaskutTaulukko over Laskut with its autoFilter,
 * data validation, conditional formats (one main, one x14 cross-sheet rule), a legacy note on
 * Laskut, defined names (print area and titles), hyperlinks on Kumppanit, a custom number format,
 * frozen panes, sheet protection on Budjetti, a named cell style, rich text, page setup with its
 * printer settings, and a formula over the Table (with its calcChain).
 *
 * Variants: `excel` (.xlsx), `xlsm` (the same with a vbaProject.bin, macro-enabled) and
 * `libreoffice` (the `excel` file re-saved by LibreOffice, see `libreOfficeVariant`). Nothing of
 * it changes what `kaste check` finds: the added cells are on sheets the checks do not read.
 */
import { createHash } from "node:crypto";
import { execFile } from "node:child_process";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { deflateSync } from "node:zlib";
import { buildExamples } from "../../examples/build";
import { NODE_DEFLATER, NODE_INFLATER } from "../../cli/zipNode";
import { readXlsx } from "../../cli/readXlsx";
import { columnLetter } from "../../src/workbook/address";
import { parseRelationships, parseWorkbook } from "../../src/workbook/xlsxXml";
import { relationshipsPathOf, resolvePart } from "../../src/workbook/xlsxPackage";
import { ZipArchive, crc32 } from "../../src/workbook/zip";
import { writeZip } from "../../src/workbook/zipWriter";
import {
  CT,
  NS,
  REL,
  XML_DECLARATION,
  addContentType,
  addRelationship,
  appendToList,
  declare,
  escapeXml,
  placeInWorkbook,
  placeInWorksheet,
} from "./featureBookXml";

export type Variant = "excel" | "libreoffice" | "xlsm";
export const VARIANTS: readonly Variant[] = ["excel", "libreoffice", "xlsm"];

/** Names the features live under, for the tests that look for them. */
export const FEATURE_BOOK = {
  table: "LaskutTaulukko",
  invoices: "Laskut",
  pivotSheet: "Yhteenveto",
  chartSheet: "Kaavio",
  /** The formula over the Table on the pivot sheet: the sum of Laskut's net amounts. */
  totalCell: "D4",
  totalFormula: "SUBTOTAL(109,LaskutTaulukko[Summa (ALV 0)])",
  /** The bytes of xl/vbaProject.bin in the .xlsm. */
  vbaProject: vbaProjectBytes(),
} as const;

interface Parts {
  readonly order: string[];
  readonly text: Map<string, string>;
  readonly binary: Map<string, Uint8Array>;
}

function partsOf(): Parts {
  return { order: [], text: new Map(), binary: new Map() };
}

function put(parts: Parts, name: string, content: string | Uint8Array): void {
  if (!parts.text.has(name) && !parts.binary.has(name)) parts.order.push(name);
  if (typeof content === "string") parts.text.set(name, content);
  else parts.binary.set(name, content);
}

function get(parts: Parts, name: string): string {
  const text = parts.text.get(name);
  if (text === undefined) throw new Error(`featureBook: no part ${name}`);
  return text;
}

function maybe(parts: Parts, name: string): string | null {
  return parts.text.get(name) ?? null;
}

/** Adds a relationship from `source` to `target` (a part name, or an external address); returns its id. */
function relate(parts: Parts, source: string, type: string, target: string, external = false): string {
  const relsPath = source === "" ? "_rels/.rels" : relationshipsPathOf(source);
  const base = source.slice(0, source.lastIndexOf("/") + 1);
  const { xml, id } = addRelationship(maybe(parts, relsPath), type, external ? target : relativeTarget(base, target), external);
  put(parts, relsPath, xml);
  return id;
}

/** `target` (a part name) relative to the folder `base` (`xl/worksheets/`): `../tables/table1.xml`. */
function relativeTarget(base: string, target: string): string {
  const from = base.split("/").filter(Boolean);
  const to = target.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
}

function override(parts: Parts, part: string, type: string): void {
  put(parts, "[Content_Types].xml", addContentType(get(parts, "[Content_Types].xml"), part, type));
}

function defaultType(parts: Parts, extension: string, type: string): void {
  put(parts, "[Content_Types].xml", addContentType(get(parts, "[Content_Types].xml"), null, type, extension));
}

/** A free part name `folder/stemN.ext`. */
function freeName(parts: Parts, folder: string, stem: string, ext: string): string {
  for (let n = 1; ; n++) {
    const name = `${folder}/${stem}${n}.${ext}`;
    if (!parts.text.has(name) && !parts.binary.has(name)) return name;
  }
}

const GUID = (n: number) => `{7A3F${String(n).padStart(4, "0")}-5B1C-4D2E-9F80-1C2D3E4F5A6B}`;

/** The example book's parts and where its sheets are. */
async function exampleParts(folder: string): Promise<{ parts: Parts; example: string; csv: string }> {
  await buildExamples(folder);
  const example = join(folder, "kirjanpito.xlsx");
  const zip = new ZipArchive(await readFile(example), NODE_INFLATER);
  const parts = partsOf();
  for (const entry of zip.entries) {
    if (entry.name.endsWith("/")) continue; // folder entries: Excel writes none
    if (/\.(xml|rels|vml)$/i.test(entry.name)) put(parts, entry.name, await zip.text(entry.name));
    else put(parts, entry.name, await zip.bytes(entry.name));
  }
  return { parts, example, csv: join(folder, "pikassos-2015-10.csv") };
}

function sheetPaths(parts: Parts): Map<string, { path: string; sheetId: number; index: number }> {
  const workbook = get(parts, "xl/workbook.xml");
  const rels = parseRelationships(get(parts, "xl/_rels/workbook.xml.rels"));
  const paths = new Map<string, { path: string; sheetId: number; index: number }>();
  parseWorkbook(workbook).sheets.forEach(({ name, relId }, index) => {
    const rel = rels.get(relId);
    const sheetId = Number(new RegExp(`<sheet [^>]*name="${name}"[^>]*>`).exec(workbook)?.[0].match(/sheetId="(\d+)"/)?.[1]);
    if (rel) paths.set(name, { path: resolvePart("xl/", rel.target), sheetId, index });
  });
  return paths;
}

/** Sets the style of the cells `<c r="COLn">` for the rows `rows` to `style`. */
function styleCells(xml: string, column: string, rows: (row: number) => boolean, style: number): string {
  return xml.replace(new RegExp(`<c r="${column}(\\d+)"( s="\\d+")?`, "g"), (whole, row: string) =>
    rows(Number(row)) ? `<c r="${column}${row}" s="${style}"` : whole,
  );
}

/** A tiny real PNG: 2 × 2 pixels of KASTE blue. */
function pngBytes(): Uint8Array {
  const chunk = (type: string, data: Uint8Array) => {
    const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const out = Buffer.alloc(8 + data.length + 4);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(2, 0);
  header.writeUInt32BE(2, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits, RGB
  const row = [0, 0x1f, 0x4e, 0x79, 0x1f, 0x4e, 0x79];
  const pixels = deflateSync(Buffer.from([...row, ...row]));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", pixels),
    chunk("IEND", new Uint8Array()),
  ]);
}

/** Opaque bytes in the place of a VBA project (a compound file header and a marker): our writers must copy it as it is. */
function vbaProjectBytes(): Uint8Array {
  const bytes = new Uint8Array(1536);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
  bytes.set(new TextEncoder().encode("KASTE test VBA project: copied byte for byte"), 512);
  for (let i = 1024; i < bytes.length; i++) bytes[i] = (i * 37) & 0xff;
  return bytes;
}

/** Opaque printer settings (a DEVMODE's device name and filler), as Excel keeps them beside a sheet's page setup. */
function printerSettingsBytes(): Uint8Array {
  const bytes = new Uint8Array(220);
  bytes.set(new Uint8Array(Buffer.from("Microsoft Print to PDF", "utf16le")), 0);
  for (let i = 64; i < bytes.length; i++) bytes[i] = (i * 11) & 0xff;
  return bytes;
}

/** Excel's SHA-512 sheet password hash of "kaste" with a fixed salt. */
function sheetProtection(): string {
  const salt = Buffer.from("4b41535445207465737420736c742121", "hex");
  const spinCount = 100_000;
  let hash = createHash("sha512")
    .update(Buffer.concat([salt, Buffer.from("kaste", "utf16le")]))
    .digest();
  const counter = Buffer.alloc(4);
  for (let i = 0; i < spinCount; i++) {
    counter.writeUInt32LE(i, 0);
    hash = createHash("sha512")
      .update(Buffer.concat([hash, counter]))
      .digest();
  }
  return `<sheetProtection algorithmName="SHA-512" hashValue="${hash.toString("base64")}" saltValue="${salt.toString("base64")}" spinCount="${spinCount}" sheet="1" objects="1" scenarios="1"/>`;
}

const anchor = (col: number, row: number) =>
  `<xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;

function chartXml(title: string, name: string, category: string, values: string, type: "bar" | "pie"): string {
  const series = `<c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:strRef><c:f>${escapeXml(name)}</c:f></c:strRef></c:tx><c:cat><c:strRef><c:f>${escapeXml(category)}</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>${escapeXml(values)}</c:f></c:numRef></c:val></c:ser>`;
  const plot =
    type === "bar"
      ? `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}<c:gapWidth val="150"/><c:axId val="50010001"/><c:axId val="50010002"/></c:barChart><c:catAx><c:axId val="50010001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="1"/><c:tickLblPos val="nextTo"/><c:crossAx val="50010002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx><c:valAx><c:axId val="50010002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/><c:numFmt formatCode="General" sourceLinked="1"/><c:tickLblPos val="nextTo"/><c:crossAx val="50010001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>`
      : `<c:pieChart><c:varyColors val="1"/>${series}<c:firstSliceAng val="0"/></c:pieChart>`;
  return `${XML_DECLARATION}<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}"><c:date1904 val="0"/><c:lang val="fi-FI"/><c:roundedCorners val="0"/><c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr/></a:pPr><a:r><a:rPr lang="fi-FI"/><a:t>${escapeXml(title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${plot}</c:plotArea><c:legend><c:legendPos val="r"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart><c:printSettings><c:headerFooter/><c:pageMargins b="0.75" l="0.7" r="0.7" t="0.75" header="0.3" footer="0.3"/><c:pageSetup/></c:printSettings></c:chartSpace>`;
}

const graphicFrame = (id: number, name: string, relId: string) =>
  `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${id}" name="${name}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${NS.c}"><c:chart xmlns:c="${NS.c}" xmlns:r="${NS.r}" r:id="${relId}"/></a:graphicData></a:graphic></xdr:graphicFrame>`;

const VML_SHAPETYPE =
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>';

/** A legacy note's VML shape at (row, col), 0-based. */
function vmlNotes(idBlock: number, notes: readonly { row: number; col: number }[]): string {
  const shapes = notes.map(
    ({ row, col }, i) =>
      `<v:shape id="_x0000_s${idBlock * 1024 + 1 + i}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:108pt;height:59.25pt;z-index:${i + 1};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto"><v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox><x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${col + 1}, 15, ${row}, 2, ${col + 3}, 15, ${row + 4}, 4</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${row}</x:Row><x:Column>${col}</x:Column></x:ClientData></v:shape>`,
  );
  return `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${idBlock}"/></o:shapelayout>${VML_SHAPETYPE}${shapes.join("")}</xml>`;
}

const noteRun = (bold: boolean, text: string) =>
  `<r><rPr>${bold ? "<b/>" : ""}<sz val="9"/><color indexed="81"/><rFont val="Tahoma"/><family val="2"/></rPr><t xml:space="preserve">${escapeXml(text)}</t></r>`;

/**
 * Excel keeps every text of the sheets in xl/sharedStrings.xml: the example's inline strings
 * (however the example is written) move there, and the part is made when there is none.
 */
function toSharedStrings(parts: Parts, sheetPaths: readonly string[]): void {
  const sstPath = "xl/sharedStrings.xml";
  const existing = maybe(parts, sstPath);
  const items = existing ? [...existing.matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)].map((m) => m[1] ?? "") : [];
  const index = new Map(items.map((item, i) => [item, i]));
  let uses = existing ? Number(/\bcount="(\d+)"/.exec(existing)?.[1] ?? items.length) : 0;
  for (const path of sheetPaths) {
    const xml = get(parts, path);
    const shared = xml.replace(
      /<c ([^>]*?)t="inlineStr"([^>]*)><is>([\s\S]*?)<\/is><\/c>/g,
      (_, before: string, after: string, inner: string) => {
        let i = index.get(inner);
        if (i === undefined) {
          i = items.length;
          items.push(inner);
          index.set(inner, i);
        }
        uses++;
        return `<c ${before}t="s"${after}><v>${i}</v></c>`;
      },
    );
    if (shared !== xml) put(parts, path, shared);
  }
  put(
    parts,
    sstPath,
    `${XML_DECLARATION}<sst xmlns="${NS.main}" count="${uses}" uniqueCount="${items.length}">${items.map((item) => `<si>${item}</si>`).join("")}</sst>`,
  );
  if (!existing) {
    override(parts, sstPath, `application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml`);
    relate(parts, "xl/workbook.xml", `${NS.r}/sharedStrings`, sstPath);
  }
}

/** Excel writes the document properties; an example written without them gets Excel's. */
function documentProperties(parts: Parts, sheetNames: readonly string[]): void {
  if (!maybe(parts, "docProps/core.xml")) {
    put(
      parts,
      "docProps/core.xml",
      `${XML_DECLARATION}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>Mäkinen</dc:creator><cp:lastModifiedBy>Mäkinen</cp:lastModifiedBy><dcterms:created xsi:type="dcterms:W3CDTF">2015-10-15T09:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2015-10-15T09:30:00Z</dcterms:modified></cp:coreProperties>`,
    );
    override(parts, "docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml");
    relate(parts, "", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml");
  }
  if (!maybe(parts, "docProps/app.xml")) {
    put(
      parts,
      "docProps/app.xml",
      `${XML_DECLARATION}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop><HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Laskentataulukot</vt:lpstr></vt:variant><vt:variant><vt:i4>${sheetNames.length}</vt:i4></vt:variant></vt:vector></HeadingPairs><TitlesOfParts><vt:vector size="${sheetNames.length}" baseType="lpstr">${sheetNames.map((n) => `<vt:lpstr>${escapeXml(n)}</vt:lpstr>`).join("")}</vt:vector></TitlesOfParts><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0300</AppVersion></Properties>`,
    );
    override(parts, "docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml");
    relate(parts, "", `${NS.r}/extended-properties`, "docProps/app.xml");
  }
}

/** The Excel-style feature workbook's parts, from the example's. */
async function addFeatures(parts: Parts, example: string): Promise<void> {
  const book = await readXlsx(await readFile(example));
  const sheets = sheetPaths(parts);
  toSharedStrings(
    parts,
    [...sheets.values()].map((s) => s.path),
  );
  documentProperties(parts, [...sheets.keys(), FEATURE_BOOK.pivotSheet]);
  const path = (name: string) => {
    const sheet = sheets.get(name);
    if (!sheet) throw new Error(`featureBook: the example has no sheet ${name}`);
    return sheet.path;
  };
  const laskutPath = path("Laskut");
  const laskut = book.sheets.find((s) => s.name === "Laskut");
  if (!laskut) throw new Error("featureBook: no Laskut");
  const header = laskut.cells[0].map((v) => String(v ?? ""));
  const lastRow = laskut.cells.length; // 1-based row of the last invoice
  const lastCol = columnLetter(header.length - 1);
  const colOf = (name: string) => {
    const c = header.indexOf(name);
    if (c < 0) throw new Error(`featureBook: Laskut has no column ${name}`);
    return c;
  };
  const lineCol = colOf("Tilikohta");
  const netCol = colOf("Summa (ALV 0)");
  const net = columnLetter(netCol);

  // styles: a money format, a named cell style with its font, fill and border, a dxf for the main CF rule
  let styles = get(parts, "xl/styles.xml");
  const usedFormats = [...styles.matchAll(/numFmtId="(\d+)"/g)].map((m) => Number(m[1]));
  const moneyFormat = Math.max(163, ...usedFormats) + 1;
  styles = appendToList(styles, "numFmts", [`<numFmt numFmtId="${moneyFormat}" formatCode="#,##0.00\\ &quot;€&quot;"/>`], "fonts").xml;
  let added = appendToList(styles, "fonts", [
    '<font><b/><sz val="12"/><color theme="4"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>',
  ]);
  const font = added.first;
  added = appendToList(added.xml, "fills", [
    '<fill><patternFill patternType="solid"><fgColor rgb="FFDDEBF7"/><bgColor indexed="64"/></patternFill></fill>',
  ]);
  const fill = added.first;
  added = appendToList(added.xml, "borders", [
    '<border><left/><right/><top/><bottom style="thin"><color indexed="64"/></bottom><diagonal/></border>',
  ]);
  const border = added.first;
  added = appendToList(added.xml, "cellStyleXfs", [
    `<xf numFmtId="0" fontId="${font}" fillId="${fill}" borderId="${border}" applyFont="1" applyFill="1" applyBorder="1"/>`,
  ]);
  const namedXf = added.first;
  added = appendToList(added.xml, "cellXfs", [
    `<xf numFmtId="${moneyFormat}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`,
    `<xf numFmtId="0" fontId="${font}" fillId="${fill}" borderId="${border}" xfId="${namedXf}" applyFont="1" applyFill="1" applyBorder="1"/>`,
  ]);
  const moneyStyle = added.first;
  const headingStyle = added.first + 1;
  added = appendToList(added.xml, "cellStyles", [`<cellStyle name="KASTE-otsikko" xfId="${namedXf}"/>`]);
  added = appendToList(added.xml, "dxfs", [
    '<dxf><font><b/><color rgb="FF9C0006"/></font><fill><patternFill><bgColor rgb="FFFFC7CE"/></patternFill></fill></dxf>',
  ]);
  const dxf = added.first;
  put(parts, "xl/styles.xml", added.xml);

  // rich text: the project's name, its acronym in bold (the same text as before)
  const sst = get(parts, "xl/sharedStrings.xml");
  const rich = sst.replace(
    /<si><t>(LasSe)( – [^<]*)<\/t><\/si>/,
    (_, bold: string, rest: string) =>
      `<si><r><rPr><b/><sz val="11"/><color theme="1"/><rFont val="Calibri"/><family val="2"/><scheme val="minor"/></rPr><t>${bold}</t></r><r><rPr><sz val="11"/><color theme="1"/><rFont val="Calibri"/><family val="2"/><scheme val="minor"/></rPr><t xml:space="preserve">${rest}</t></r></si>`,
  );
  if (rich === sst) throw new Error("featureBook: the project name for rich text is not in sharedStrings.xml");
  put(parts, "xl/sharedStrings.xml", rich);

  // Laskut: the Table, frozen panes, data validation, CF (main and x14 cross-sheet), a note, page setup
  const tablePath = freeName(parts, "xl/tables", "table", "xml");
  const ref = `A1:${lastCol}${lastRow}`;
  put(
    parts,
    tablePath,
    `${XML_DECLARATION}<table xmlns="${NS.main}" id="1" name="${FEATURE_BOOK.table}" displayName="${FEATURE_BOOK.table}" ref="${ref}" totalsRowShown="0"><autoFilter ref="${ref}"/><tableColumns count="${header.length}">${header
      .map((name, i) => `<tableColumn id="${i + 1}" name="${escapeXml(name)}"/>`)
      .join(
        "",
      )}</tableColumns><tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`,
  );
  override(parts, tablePath, CT.table);
  const tableRel = relate(parts, laskutPath, REL.table, tablePath);
  const commentsPath = freeName(parts, "xl", "comments", "xml");
  put(
    parts,
    commentsPath,
    `${XML_DECLARATION}<comments xmlns="${NS.main}"><authors><author>Mäkinen</author></authors><commentList><comment ref="${net}1" authorId="0" shapeId="0"><text>${noteRun(true, "Mäkinen:")}${noteRun(false, "\nSummat ilman arvonlisäveroa.")}</text></comment></commentList></comments>`,
  );
  override(parts, commentsPath, CT.comments);
  const vmlPath = freeName(parts, "xl/drawings", "vmlDrawing", "vml");
  put(parts, vmlPath, vmlNotes(1, [{ row: 0, col: netCol }]));
  defaultType(parts, "vml", CT.vml);
  const commentsRel = relate(parts, laskutPath, REL.comments, commentsPath);
  const vmlRel = relate(parts, laskutPath, REL.vmlDrawing, vmlPath);
  const printerPath = freeName(parts, "xl/printerSettings", "printerSettings", "bin");
  put(parts, printerPath, printerSettingsBytes());
  defaultType(parts, "bin", CT.printerSettings);
  const printerRel = relate(parts, laskutPath, REL.printerSettings, printerPath);
  let sheet = get(parts, laskutPath);
  sheet = declare(sheet, "r", NS.r);
  sheet = styleCells(sheet, net, (row) => row > 1, moneyStyle);
  sheet = placeInWorksheet(sheet, "sheetPr", '<sheetPr><tabColor rgb="FF1F4E79"/><pageSetUpPr fitToPage="1"/></sheetPr>');
  sheet = placeInWorksheet(
    sheet,
    "sheetViews",
    '<sheetViews><sheetView tabSelected="1" zoomScale="90" zoomScaleNormal="90" workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>',
  );
  sheet = placeInWorksheet(
    sheet,
    "conditionalFormatting",
    `<conditionalFormatting sqref="${net}2:${net}${lastRow}"><cfRule type="cellIs" dxfId="${dxf}" priority="2" operator="greaterThan"><formula>10000</formula></cfRule></conditionalFormatting>`,
  );
  const approvedCol = columnLetter(colOf("Hyväksyttävä"));
  const numberCol = columnLetter(colOf("Laskun numero"));
  sheet = placeInWorksheet(
    sheet,
    "dataValidations",
    `<dataValidations count="3"><dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" errorTitle="Hyväksyttävä" error="Valitse kyllä tai ei." sqref="${approvedCol}2:${approvedCol}${lastRow}"><formula1>"kyllä,ei"</formula1></dataValidation><dataValidation type="decimal" operator="greaterThanOrEqual" allowBlank="1" showErrorMessage="1" sqref="${net}2:${net}${lastRow}"><formula1>-1000000</formula1></dataValidation><dataValidation type="textLength" operator="lessThanOrEqual" allowBlank="1" showErrorMessage="1" sqref="${numberCol}2:${numberCol}50"><formula1>40</formula1></dataValidation></dataValidations>`,
  );
  sheet = placeInWorksheet(sheet, "printOptions", '<printOptions gridLines="1"/>');
  sheet = placeInWorksheet(
    sheet,
    "pageMargins",
    '<pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>',
  );
  sheet = placeInWorksheet(sheet, "pageSetup", `<pageSetup paperSize="9" orientation="landscape" fitToHeight="0" r:id="${printerRel}"/>`);
  sheet = placeInWorksheet(
    sheet,
    "headerFooter",
    '<headerFooter><oddHeader>&amp;C&amp;"-,Lihavoitu"Laskut</oddHeader><oddFooter>&amp;Csivu &amp;P / &amp;N</oddFooter></headerFooter>',
  );
  sheet = placeInWorksheet(sheet, "legacyDrawing", `<legacyDrawing r:id="${vmlRel}"/>`);
  sheet = placeInWorksheet(sheet, "tableParts", `<tableParts count="1"><tablePart r:id="${tableRel}"/></tableParts>`);
  const partnerCol = columnLetter(colOf("Laskuttaja"));
  sheet = placeInWorksheet(
    sheet,
    "extLst",
    `<ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}" xmlns:x14="${NS.x14}"><x14:conditionalFormattings><x14:conditionalFormatting xmlns:xm="${NS.xm}"><x14:cfRule type="expression" priority="1" id="${GUID(1)}"><xm:f>COUNTIF(Kumppanit!$A$2:$A$20,$${partnerCol}2)=0</xm:f><x14:dxf><font><color rgb="FF9C0006"/></font><fill><patternFill><bgColor rgb="FFFFC7CE"/></patternFill></fill></x14:dxf></x14:cfRule><xm:sqref>${partnerCol}2:${partnerCol}${lastRow}</xm:sqref></x14:conditionalFormatting></x14:conditionalFormattings></ext>`,
  );
  void commentsRel;
  put(parts, laskutPath, sheet);

  // Hanke: a threaded comment (with its legacy note for older Excels) by a person of the workbook
  const hankePath = path("Hanke");
  const threadPath = freeName(parts, "xl/threadedComments", "threadedComment", "xml");
  const personId = GUID(2);
  const threadId = GUID(3);
  put(
    parts,
    threadPath,
    `${XML_DECLARATION}<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" xmlns:x="${NS.main}"><threadedComment ref="B2" dT="2015-10-15T09:30:00.00" personId="${personId}" id="${threadId}"><text>Tarkista hallinnoijan y-tunnus päätöksestä.</text></threadedComment></ThreadedComments>`,
  );
  override(parts, threadPath, CT.threadedComments);
  const hankeComments = freeName(parts, "xl", "comments", "xml");
  put(
    parts,
    hankeComments,
    `${XML_DECLARATION}<comments xmlns="${NS.main}" xmlns:mc="${NS.mc}" mc:Ignorable="xr" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision"><authors><author>tc=${threadId}</author></authors><commentList><comment ref="B2" authorId="0" shapeId="0" xr:uid="${threadId}"><text><t>[Threaded comment]\n\nYour version of Excel allows you to read this threaded comment; however, any edits to it will get removed if the file is opened in a newer version of Excel. Learn more: https://go.microsoft.com/fwlink/?linkid=870924\n\nComment:\n    Tarkista hallinnoijan y-tunnus päätöksestä.</t></text></comment></commentList></comments>`,
  );
  override(parts, hankeComments, CT.comments);
  const hankeVml = freeName(parts, "xl/drawings", "vmlDrawing", "vml");
  put(parts, hankeVml, vmlNotes(2, [{ row: 1, col: 1 }]));
  relate(parts, hankePath, REL.threadedComment, threadPath);
  relate(parts, hankePath, REL.comments, hankeComments);
  const hankeVmlRel = relate(parts, hankePath, REL.vmlDrawing, hankeVml);
  put(
    parts,
    hankePath,
    placeInWorksheet(declare(get(parts, hankePath), "r", NS.r), "legacyDrawing", `<legacyDrawing r:id="${hankeVmlRel}"/>`),
  );
  const personPath = "xl/persons/person.xml";
  put(
    parts,
    personPath,
    `${XML_DECLARATION}<personList xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" xmlns:x="${NS.main}"><person displayName="Mäkinen (projektijohtaja)" id="${personId}" userId="makinen@example.org" providerId="None"/></personList>`,
  );
  override(parts, personPath, CT.person);
  relate(parts, "xl/workbook.xml", REL.person, personPath);

  // Kumppanit: hyperlinks (a web address and a place in the workbook), the header in the named style
  const partnersPath = path("Kumppanit");
  const linkRel = relate(parts, partnersPath, REL.hyperlink, "https://www.example.org/pikassos", true);
  let partners = declare(get(parts, partnersPath), "r", NS.r);
  for (const column of ["A", "B", "C", "D", "E"]) partners = styleCells(partners, column, (row) => row === 1, headingStyle);
  partners = placeInWorksheet(
    partners,
    "hyperlinks",
    `<hyperlinks><hyperlink ref="A2" r:id="${linkRel}" display="Pikassos"/><hyperlink ref="A3" location="'Laskut'!A1" display="Laskut"/></hyperlinks>`,
  );
  put(parts, partnersPath, partners);

  // Budjetti: sheet protection, a drawing with a chart, a text box and an image
  const budgetPath = path("Budjetti");
  const budget = book.sheets.find((s) => s.name === "Budjetti");
  const budgetRows = budget ? budget.cells.length : 20;
  const chartPath = freeName(parts, "xl/charts", "chart", "xml");
  put(parts, chartPath, chartXml("Budjetti", "Budjetti!$E$1", `Budjetti!$C$2:$C$${budgetRows}`, `Budjetti!$E$2:$E$${budgetRows}`, "bar"));
  override(parts, chartPath, CT.chart);
  const imagePath = freeName(parts, "xl/media", "image", "png");
  put(parts, imagePath, pngBytes());
  defaultType(parts, "png", CT.png);
  const drawingPath = freeName(parts, "xl/drawings", "drawing", "xml");
  const chartRel = relate(parts, drawingPath, REL.chart, chartPath);
  const imageRel = relate(parts, drawingPath, REL.image, imagePath);
  put(
    parts,
    drawingPath,
    `${XML_DECLARATION}<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}"><xdr:twoCellAnchor editAs="oneCell"><xdr:from>${anchor(6, 1)}</xdr:from><xdr:to>${anchor(13, 16)}</xdr:to>${graphicFrame(2, "Kaavio 1", chartRel)}<xdr:clientData/></xdr:twoCellAnchor><xdr:twoCellAnchor><xdr:from>${anchor(6, 17)}</xdr:from><xdr:to>${anchor(10, 21)}</xdr:to><xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="3" name="Tekstiruutu 2"/><xdr:cNvSpPr txBox="1"/></xdr:nvSpPr><xdr:spPr><a:xfrm><a:off x="3657600" y="3238500"/><a:ext cx="2438400" cy="762000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:schemeClr val="lt1"/></a:solidFill><a:ln w="9525" cmpd="sng"><a:solidFill><a:schemeClr val="lt1"><a:shade val="50000"/></a:schemeClr></a:solidFill></a:ln></xdr:spPr><xdr:txBody><a:bodyPr vertOverflow="clip" horzOverflow="clip" wrap="square" rtlCol="0" anchor="t"/><a:lstStyle/><a:p><a:r><a:rPr lang="fi-FI" sz="1100"/><a:t>Budjetti vahvistettu ohjausryhmässä 15.3.2013.</a:t></a:r></a:p></xdr:txBody></xdr:sp><xdr:clientData/></xdr:twoCellAnchor><xdr:oneCellAnchor><xdr:from>${anchor(11, 17)}</xdr:from><xdr:ext cx="952500" cy="952500"/><xdr:pic><xdr:nvPicPr><xdr:cNvPr id="4" name="Kuva 3" descr="Hankkeen tunnus"/><xdr:cNvPicPr><a:picLocks noChangeAspect="1"/></xdr:cNvPicPr></xdr:nvPicPr><xdr:blipFill><a:blip xmlns:r="${NS.r}" r:embed="${imageRel}"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill><xdr:spPr><a:xfrm><a:off x="6705600" y="3238500"/><a:ext cx="952500" cy="952500"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic><xdr:clientData/></xdr:oneCellAnchor></xdr:wsDr>`,
  );
  override(parts, drawingPath, CT.drawing);
  const budgetDrawingRel = relate(parts, budgetPath, REL.drawing, drawingPath);
  let budgetXml = declare(get(parts, budgetPath), "r", NS.r);
  budgetXml = placeInWorksheet(budgetXml, "sheetProtection", sheetProtection());
  budgetXml = placeInWorksheet(budgetXml, "drawing", `<drawing r:id="${budgetDrawingRel}"/>`);
  put(parts, budgetPath, budgetXml);

  // Kuntaosuudet: sparklines of each municipality's shares
  const sharesPath = path("Kuntaosuudet");
  const shares = book.sheets.find((s) => s.name === "Kuntaosuudet");
  const shareRows = shares ? shares.cells.length : 28;
  put(
    parts,
    sharesPath,
    placeInWorksheet(
      get(parts, sharesPath),
      "extLst",
      `<ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}" xmlns:x14="${NS.x14}"><x14:sparklineGroups xmlns:xm="${NS.xm}"><x14:sparklineGroup displayEmptyCellsAs="gap" markers="1"><x14:colorSeries rgb="FF376092"/><x14:colorNegative rgb="FFD00000"/><x14:colorAxis rgb="FF000000"/><x14:colorMarkers rgb="FFD00000"/><x14:colorFirst rgb="FFD00000"/><x14:colorLast rgb="FFD00000"/><x14:colorHigh rgb="FFD00000"/><x14:colorLow rgb="FFD00000"/><x14:sparklines><x14:sparkline><xm:f>Kuntaosuudet!E2:E${shareRows}</xm:f><xm:sqref>G2</xm:sqref></x14:sparkline></x14:sparklines></x14:sparklineGroup></x14:sparklineGroups></ext>`,
    ),
  );

  // Yhteenveto: a pivot table of the net amounts by cost line, its cache, a slicer, a formula over the Table
  const lines = [...new Set(laskut.cells.slice(1).map((row) => String(row[lineCol] ?? "")))];
  const sums = lines.map((line) =>
    laskut.cells.slice(1).reduce((sum, row) => (String(row[lineCol] ?? "") === line ? sum + Number(row[netCol] ?? 0) : sum), 0),
  );
  const cents = (n: number) => Math.round(n * 100) / 100;
  const total = cents(sums.reduce((a, b) => a + b, 0));
  const nets = laskut.cells.slice(1).map((row) => Number(row[netCol] ?? 0));
  const pivotSheetPath = freeName(parts, "xl/worksheets", "sheet", "xml");
  const cachePath = freeName(parts, "xl/pivotCache", "pivotCacheDefinition", "xml");
  const recordsPath = freeName(parts, "xl/pivotCache", "pivotCacheRecords", "xml");
  const pivotPath = freeName(parts, "xl/pivotTables", "pivotTable", "xml");
  const recordsRel = relate(parts, cachePath, REL.pivotCacheRecords, recordsPath);
  const lineLetter = columnLetter(lineCol);
  put(
    parts,
    cachePath,
    `${XML_DECLARATION}<pivotCacheDefinition xmlns="${NS.main}" xmlns:r="${NS.r}" r:id="${recordsRel}" refreshOnLoad="1" refreshedBy="Mäkinen" refreshedDate="42292.5" createdVersion="6" refreshedVersion="6" minRefreshableVersion="3" recordCount="${nets.length}"><cacheSource type="worksheet"><worksheetSource ref="${lineLetter}1:${net}${lastRow}" sheet="Laskut"/></cacheSource><cacheFields count="2"><cacheField name="Tilikohta" numFmtId="0"><sharedItems count="${lines.length}">${lines
      .map((line) => `<s v="${escapeXml(line)}"/>`)
      .join(
        "",
      )}</sharedItems></cacheField><cacheField name="Summa (ALV 0)" numFmtId="0"><sharedItems containsSemiMixedTypes="0" containsString="0" containsNumber="1" minValue="${Math.min(...nets)}" maxValue="${Math.max(...nets)}"/></cacheField></cacheFields><extLst><ext uri="{725AE2AE-9491-48be-B2B4-4EB974FC3084}" xmlns:x14="${NS.x14}"><x14:pivotCacheDefinition pivotCacheId="1"/></ext></extLst></pivotCacheDefinition>`,
  );
  put(
    parts,
    recordsPath,
    `${XML_DECLARATION}<pivotCacheRecords xmlns="${NS.main}" xmlns:r="${NS.r}" count="${nets.length}">${laskut.cells
      .slice(1)
      .map((row) => `<r><x v="${lines.indexOf(String(row[lineCol] ?? ""))}"/><n v="${Number(row[netCol] ?? 0)}"/></r>`)
      .join("")}</pivotCacheRecords>`,
  );
  override(parts, cachePath, CT.pivotCacheDefinition);
  override(parts, recordsPath, CT.pivotCacheRecords);
  const pivotEnd = 4 + lines.length;
  relate(parts, pivotPath, REL.pivotCacheDefinition, cachePath);
  put(
    parts,
    pivotPath,
    `${XML_DECLARATION}<pivotTableDefinition xmlns="${NS.main}" name="Pivot1" cacheId="1" applyNumberFormats="0" applyBorderFormats="0" applyFontFormats="0" applyPatternFormats="0" applyAlignmentFormats="0" applyWidthHeightFormats="1" dataCaption="Arvot" updatedVersion="6" minRefreshableVersion="3" useAutoFormatting="1" itemPrintTitles="1" createdVersion="6" indent="0" outline="1" outlineData="1" multipleFieldFilters="0" rowHeaderCaption="Tilikohta"><location ref="A3:B${pivotEnd}" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/><pivotFields count="2"><pivotField axis="axisRow" showAll="0"><items count="${lines.length + 1}">${lines
      .map((_, i) => `<item x="${i}"/>`)
      .join(
        "",
      )}<item t="default"/></items></pivotField><pivotField dataField="1" showAll="0"/></pivotFields><rowFields count="1"><field x="0"/></rowFields><rowItems count="${lines.length + 1}">${lines
      .map((_, i) => (i === 0 ? "<i><x/></i>" : `<i><x v="${i}"/></i>`))
      .join(
        "",
      )}<i t="grand"><x/></i></rowItems><colItems count="1"><i/></colItems><dataFields count="1"><dataField name="Summa / Summa (ALV 0)" fld="1" baseField="0" baseItem="0" numFmtId="${moneyFormat}"/></dataFields><pivotTableStyleInfo name="PivotStyleLight16" showRowHeaders="1" showColHeaders="1" showRowStripes="0" showColStripes="0" showLastColumn="1"/><extLst><ext uri="{962EF5D1-5CA2-4c93-8EF4-DBF5C05439D2}" xmlns:x14="${NS.x14}"><x14:pivotTableDefinition hideValuesRow="1" xmlns:xm="${NS.xm}"/></ext></extLst></pivotTableDefinition>`,
  );
  override(parts, pivotPath, CT.pivotTable);
  const sst2 = get(parts, "xl/sharedStrings.xml");
  const strings = [...sst2.matchAll(/<si>/g)].length;
  const newStrings = ["Tilikohta", "Summa / Summa (ALV 0)", ...lines, "Kokonaissumma", "Laskut yhteensä (taulukosta)"];
  const stringIndex = (text: string) => strings + newStrings.indexOf(text);
  put(
    parts,
    "xl/sharedStrings.xml",
    sst2
      .replace(/uniqueCount="(\d+)"/, (_, n: string) => `uniqueCount="${Number(n) + newStrings.length}"`)
      .replace(/count="(\d+)"/, (_, n: string) => `count="${Number(n) + newStrings.length}"`)
      .replace("</sst>", `${newStrings.map((s) => `<si><t>${escapeXml(s)}</t></si>`).join("")}</sst>`),
  );
  const s = (ref: string, text: string, style?: number) =>
    `<c r="${ref}"${style === undefined ? "" : ` s="${style}"`} t="s"><v>${stringIndex(text)}</v></c>`;
  const n = (ref: string, value: number, style: number) => `<c r="${ref}" s="${style}"><v>${value}</v></c>`;
  const pivotRows = [
    `<row r="3">${s("A3", "Tilikohta", 1)}${s("B3", "Summa / Summa (ALV 0)", 1)}${s("D3", "Laskut yhteensä (taulukosta)", 1)}</row>`,
    ...lines.map((line, i) => {
      const r = 4 + i;
      const formula = i === 0 ? `<c r="D4" s="${moneyStyle}"><f>${escapeXml(FEATURE_BOOK.totalFormula)}</f><v>${total}</v></c>` : "";
      return `<row r="${r}">${s(`A${r}`, line)}${n(`B${r}`, cents(sums[i]), moneyStyle)}${formula}</row>`;
    }),
    `<row r="${pivotEnd}">${s(`A${pivotEnd}`, "Kokonaissumma", 1)}${n(`B${pivotEnd}`, total, moneyStyle)}</row>`,
  ];
  const slicerPath = freeName(parts, "xl/slicers", "slicer", "xml");
  const slicerCachePath = freeName(parts, "xl/slicerCaches", "slicerCache", "xml");
  const slicerDrawing = freeName(parts, "xl/drawings", "drawing", "xml");
  put(
    parts,
    slicerDrawing,
    `${XML_DECLARATION}<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}"><xdr:twoCellAnchor editAs="oneCell"><xdr:from>${anchor(5, 2)}</xdr:from><xdr:to>${anchor(8, 15)}</xdr:to><mc:AlternateContent xmlns:mc="${NS.mc}"><mc:Choice xmlns:a14="http://schemas.microsoft.com/office/drawing/2010/main" Requires="a14"><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Tilikohta"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/drawing/2010/slicer"><sle:slicer xmlns:sle="http://schemas.microsoft.com/office/drawing/2010/slicer" name="Tilikohta"/></a:graphicData></a:graphic></xdr:graphicFrame></mc:Choice><mc:Fallback><xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="0" name=""/><xdr:cNvSpPr><a:spLocks noTextEdit="1"/></xdr:cNvSpPr></xdr:nvSpPr><xdr:spPr><a:xfrm><a:off x="4572000" y="381000"/><a:ext cx="1828800" cy="2476500"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:prstClr val="white"/></a:solidFill><a:ln w="1"><a:solidFill><a:prstClr val="green"/></a:solidFill></a:ln></xdr:spPr><xdr:txBody><a:bodyPr vertOverflow="clip" horzOverflow="clip"/><a:lstStyle/><a:p><a:r><a:rPr lang="fi-FI" sz="1100"/><a:t>Tämä muoto esittää osittajaa. Osittajia tuetaan Excel 2010:ssä ja uudemmissa versioissa.</a:t></a:r></a:p></xdr:txBody></xdr:sp></mc:Fallback></mc:AlternateContent><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`,
  );
  override(parts, slicerDrawing, CT.drawing);
  put(
    parts,
    slicerPath,
    `${XML_DECLARATION}<slicers xmlns="${NS.x14}" xmlns:mc="${NS.mc}" mc:Ignorable="x" xmlns:x="${NS.main}"><slicer name="Tilikohta" cache="Osittaja_Tilikohta" caption="Tilikohta" rowHeight="241300"/></slicers>`,
  );
  override(parts, slicerPath, CT.slicer);
  const pivotRel = relate(parts, pivotSheetPath, REL.pivotTable, pivotPath);
  const slicerDrawingRel = relate(parts, pivotSheetPath, REL.drawing, slicerDrawing);
  const slicerRel = relate(parts, pivotSheetPath, REL.slicer, slicerPath);
  void pivotRel;
  put(
    parts,
    pivotSheetPath,
    `${XML_DECLARATION}<worksheet xmlns="${NS.main}" xmlns:r="${NS.r}" xmlns:mc="${NS.mc}" mc:Ignorable="x14ac" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac"><dimension ref="A3:D${pivotEnd}"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/><cols><col min="1" max="1" width="28" customWidth="1"/><col min="2" max="2" width="22" customWidth="1"/><col min="4" max="4" width="28" customWidth="1"/></cols><sheetData>${pivotRows.join("")}</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><drawing r:id="${slicerDrawingRel}"/><extLst><ext uri="{A8765BA9-456A-4dab-B4F3-ACF838C121DE}" xmlns:x14="${NS.x14}"><x14:slicerList><x14:slicer r:id="${slicerRel}"/></x14:slicerList></ext></extLst></worksheet>`,
  );
  override(parts, pivotSheetPath, CT.worksheet);
  const pivotSheetId = Math.max(...[...sheets.values()].map((v) => v.sheetId)) + 1;
  put(
    parts,
    slicerCachePath,
    `${XML_DECLARATION}<slicerCacheDefinition xmlns="${NS.x14}" xmlns:mc="${NS.mc}" mc:Ignorable="x" xmlns:x="${NS.main}" name="Osittaja_Tilikohta" sourceName="Tilikohta"><pivotTables><pivotTable tabId="${pivotSheetId}" name="Pivot1"/></pivotTables><data><tabular pivotCacheId="1"><items count="${lines.length}">${lines
      .map((_, i) => `<i x="${i}" s="1"/>`)
      .join("")}</items></tabular></data></slicerCacheDefinition>`,
  );
  override(parts, slicerCachePath, CT.slicerCache);
  const calcChainPath = "xl/calcChain.xml";
  put(
    parts,
    calcChainPath,
    `${XML_DECLARATION}<calcChain xmlns="${NS.main}"><c r="${FEATURE_BOOK.totalCell}" i="${pivotSheetId}" l="1"/></calcChain>`,
  );
  override(parts, calcChainPath, CT.calcChain);

  // Kaavio: a chart sheet of the cost lines
  const chartSheetPath = freeName(parts, "xl/chartsheets", "sheet", "xml");
  const chart2 = freeName(parts, "xl/charts", "chart", "xml");
  put(
    parts,
    chart2,
    chartXml(
      "Kustannukset tilikohdittain",
      `'${FEATURE_BOOK.pivotSheet}'!$B$3`,
      `'${FEATURE_BOOK.pivotSheet}'!$A$4:$A$${pivotEnd - 1}`,
      `'${FEATURE_BOOK.pivotSheet}'!$B$4:$B$${pivotEnd - 1}`,
      "pie",
    ),
  );
  override(parts, chart2, CT.chart);
  const drawing2 = freeName(parts, "xl/drawings", "drawing", "xml");
  const chart2Rel = relate(parts, drawing2, REL.chart, chart2);
  put(
    parts,
    drawing2,
    `${XML_DECLARATION}<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}"><xdr:absoluteAnchor><xdr:pos x="0" y="0"/><xdr:ext cx="9309100" cy="6072188"/>${graphicFrame(2, "Kaavio 1", chart2Rel)}<xdr:clientData/></xdr:absoluteAnchor></xdr:wsDr>`,
  );
  override(parts, drawing2, CT.drawing);
  const chartSheetDrawingRel = relate(parts, chartSheetPath, REL.drawing, drawing2);
  put(
    parts,
    chartSheetPath,
    `${XML_DECLARATION}<chartsheet xmlns="${NS.main}" xmlns:r="${NS.r}"><sheetPr/><sheetViews><sheetView zoomScale="100" workbookViewId="0" zoomToFit="1"/></sheetViews><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><drawing r:id="${chartSheetDrawingRel}"/></chartsheet>`,
  );
  override(parts, chartSheetPath, CT.chartsheet);

  // the external link, customXml, custom properties
  const externalPath = freeName(parts, "xl/externalLinks", "externalLink", "xml");
  const externalRel = relate(parts, externalPath, REL.externalLinkPath, "verso-2015-10.xlsx", true);
  put(
    parts,
    externalPath,
    `${XML_DECLARATION}<externalLink xmlns="${NS.main}" xmlns:r="${NS.r}"><externalBook r:id="${externalRel}"><sheetNames><sheetName val="Laskut"/></sheetNames><sheetDataSet><sheetData sheetId="0"><row r="1"><cell r="A1" t="str"><v>Verso – meno-erittelykooste 10/2015</v></cell></row></sheetData></sheetDataSet></externalBook></externalLink>`,
  );
  override(parts, externalPath, CT.externalLink);
  const itemPath = "customXml/item1.xml";
  const itemPropsPath = "customXml/itemProps1.xml";
  put(
    parts,
    itemPath,
    `${XML_DECLARATION}<b:Sources xmlns:b="http://schemas.openxmlformats.org/officeDocument/2006/bibliography" xmlns="http://schemas.openxmlformats.org/officeDocument/2006/bibliography" SelectedStyle="\\APASixthEditionOfficeOnline.xsl" StyleName="APA" Version="6"></b:Sources>`,
  );
  put(
    parts,
    itemPropsPath,
    `${XML_DECLARATION}<ds:datastoreItem ds:itemID="${GUID(4)}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="http://schemas.openxmlformats.org/officeDocument/2006/bibliography"/></ds:schemaRefs></ds:datastoreItem>`,
  );
  relate(parts, itemPath, REL.customXmlProps, itemPropsPath);
  override(parts, itemPropsPath, CT.customXmlProps);
  const customPath = "docProps/custom.xml";
  put(
    parts,
    customPath,
    `${XML_DECLARATION}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Hankenumero"><vt:lpwstr>S21234</vt:lpwstr></property><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="Rahoittaja"><vt:lpwstr>Sosiaali- ja terveysministeriö</vt:lpwstr></property></Properties>`,
  );
  override(parts, customPath, CT.customProperties);
  relate(parts, "", REL.customProperties, customPath);

  // the workbook: sheets, views, external references, defined names, calc settings, pivot caches, slicer caches
  const pivotSheetRel = relate(parts, "xl/workbook.xml", REL.worksheet, pivotSheetPath);
  const chartSheetRel = relate(parts, "xl/workbook.xml", REL.chartsheet, chartSheetPath);
  const cacheRel = relate(parts, "xl/workbook.xml", REL.pivotCacheDefinition, cachePath);
  const externalLinkRel = relate(parts, "xl/workbook.xml", REL.externalLink, externalPath);
  const slicerCacheRel = relate(parts, "xl/workbook.xml", REL.slicerCache, slicerCachePath);
  relate(parts, "xl/workbook.xml", REL.customXml, itemPath);
  relate(parts, "xl/workbook.xml", REL.calcChain, calcChainPath);
  const laskutIndex = sheets.get("Laskut")?.index ?? 3;
  let workbook = get(parts, "xl/workbook.xml");
  workbook = placeInWorkbook(
    workbook,
    "bookViews",
    `<bookViews><workbookView xWindow="-120" yWindow="-120" windowWidth="29040" windowHeight="15840" activeTab="${laskutIndex}"/></bookViews>`,
  );
  workbook = workbook.replace(
    "</sheets>",
    `<sheet name="${FEATURE_BOOK.pivotSheet}" sheetId="${pivotSheetId}" r:id="${pivotSheetRel}"/><sheet name="${FEATURE_BOOK.chartSheet}" sheetId="${pivotSheetId + 1}" r:id="${chartSheetRel}"/></sheets>`,
  );
  workbook = placeInWorkbook(
    workbook,
    "externalReferences",
    `<externalReferences><externalReference r:id="${externalLinkRel}"/></externalReferences>`,
  );
  workbook = placeInWorkbook(
    workbook,
    "definedNames",
    `<definedNames><definedName name="_xlnm.Print_Area" localSheetId="${laskutIndex}">Laskut!$A$1:$${lastCol}$${lastRow}</definedName><definedName name="_xlnm.Print_Titles" localSheetId="${laskutIndex}">Laskut!$1:$1</definedName><definedName name="Osittaja_Tilikohta">#N/A</definedName><definedName name="Tukiprosentti">Hanke!$B$5</definedName><definedName name="VersonOtsikko">[1]Laskut!$A$1</definedName></definedNames>`,
  );
  workbook = placeInWorkbook(workbook, "calcPr", '<calcPr calcId="191029"/>');
  workbook = placeInWorkbook(workbook, "pivotCaches", `<pivotCaches><pivotCache cacheId="1" r:id="${cacheRel}"/></pivotCaches>`);
  workbook = placeInWorkbook(
    workbook,
    "extLst",
    `<ext uri="{BBE1A952-AA13-448e-AADC-164F8A28A991}" xmlns:x14="${NS.x14}"><x14:slicerCaches><x14:slicerCache r:id="${slicerCacheRel}"/></x14:slicerCaches></ext>`,
  );
  put(parts, "xl/workbook.xml", workbook);
  void FEATURE_BOOK.totalCell;
}

/** The parts as a zip, in Excel's order: content types and the package relationships first. */
function zipOf(parts: Parts): Uint8Array {
  const first = ["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels"];
  const order = [...first.filter((name) => parts.order.includes(name)), ...parts.order.filter((name) => !first.includes(name))];
  const encoder = new TextEncoder();
  return writeZip(
    order.map((name) => ({ name, bytes: parts.binary.get(name) ?? encoder.encode(parts.text.get(name) ?? "") })),
    NODE_DEFLATER,
  );
}

/** What `buildFeatureBooks` writes into its folder. */
export interface FeatureBooks {
  /** The example the features were added to (kirjanpito.xlsx) and the partner CSV the import tests use. */
  readonly example: string;
  readonly partnerCsv: string;
  /** Verso's invoices as a partner's .xlsx (examples/verso-2015-10.xlsx). */
  readonly partnerXlsx: string;
  readonly excel: string;
  readonly xlsm: string;
}

/** Writes the Excel-style feature workbook and its .xlsm into `folder` (the examples go to `folder/examples`). */
export async function buildFeatureBooks(folder: string): Promise<FeatureBooks> {
  await mkdir(folder, { recursive: true });
  const { parts, example, csv } = await exampleParts(join(folder, "examples"));
  await addFeatures(parts, example);
  const excel = join(folder, "features.xlsx");
  await writeFile(excel, zipOf(parts));
  put(parts, "xl/vbaProject.bin", FEATURE_BOOK.vbaProject);
  override(parts, "xl/vbaProject.bin", CT.vbaProject);
  override(parts, "xl/workbook.xml", CT.macroWorkbook);
  relate(parts, "xl/workbook.xml", REL.vbaProject, "xl/vbaProject.bin");
  put(parts, "xl/workbook.xml", get(parts, "xl/workbook.xml").replace(/<workbookPr\b/, '<workbookPr codeName="TamaTyokirja"'));
  const xlsm = join(folder, "features.xlsm");
  await writeFile(xlsm, zipOf(parts));
  return { example, partnerCsv: csv, partnerXlsx: join(folder, "examples", "verso-2015-10.xlsx"), excel, xlsm };
}

const run = promisify(execFile);

/**
 * The Excel-style file opened and saved again by LibreOffice (`soffice --headless --convert-to
 * xlsx`), as a coordinator's workbook looks after a round in LibreOffice Calc; its own profile in
 * `folder` so that parallel runs do not share one.
 */
export async function libreOfficeVariant(engine: string, excel: string, folder: string): Promise<string> {
  const outDir = join(folder, "lo");
  await run(
    engine,
    [`-env:UserInstallation=file://${join(folder, "lo-profile")}`, "--headless", "--convert-to", "xlsx", "--outdir", outDir, excel],
    {
      timeout: 150_000,
    },
  );
  const saved = join(folder, "features-lo.xlsx");
  await rename(join(outDir, "features.xlsx"), saved);
  return saved;
}
