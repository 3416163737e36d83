/**
 * Small text edits of OOXML parts for the feature workbook (tests/support/featureBook.ts): place an
 * element where CT_Worksheet's order wants it, append to a counted list of styles.xml, add
 * relationships and content types. Plain string work on parts we wrote or exceljs wrote; not a
 * general XML library.
 */

export const NS = {
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  pkg: "http://schemas.openxmlformats.org/package/2006/relationships",
  mc: "http://schemas.openxmlformats.org/markup-compatibility/2006",
  x14: "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main",
  xm: "http://schemas.microsoft.com/office/excel/2006/main",
  xdr: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
  a: "http://schemas.openxmlformats.org/drawingml/2006/main",
  c: "http://schemas.openxmlformats.org/drawingml/2006/chart",
} as const;

/** Relationship types by short name. */
export const REL = {
  worksheet: `${NS.r}/worksheet`,
  chartsheet: `${NS.r}/chartsheet`,
  table: `${NS.r}/table`,
  comments: `${NS.r}/comments`,
  vmlDrawing: `${NS.r}/vmlDrawing`,
  drawing: `${NS.r}/drawing`,
  chart: `${NS.r}/chart`,
  image: `${NS.r}/image`,
  hyperlink: `${NS.r}/hyperlink`,
  printerSettings: `${NS.r}/printerSettings`,
  pivotTable: `${NS.r}/pivotTable`,
  pivotCacheDefinition: `${NS.r}/pivotCacheDefinition`,
  pivotCacheRecords: `${NS.r}/pivotCacheRecords`,
  externalLink: `${NS.r}/externalLink`,
  externalLinkPath: `${NS.r}/externalLinkPath`,
  customXml: `${NS.r}/customXml`,
  customXmlProps: `${NS.r}/customXmlProps`,
  customProperties: `${NS.r}/custom-properties`,
  calcChain: `${NS.r}/calcChain`,
  slicer: "http://schemas.microsoft.com/office/2007/relationships/slicer",
  slicerCache: "http://schemas.microsoft.com/office/2007/relationships/slicerCache",
  threadedComment: "http://schemas.microsoft.com/office/2017/10/relationships/threadedComment",
  person: "http://schemas.microsoft.com/office/2017/10/relationships/person",
  vbaProject: "http://schemas.microsoft.com/office/2006/relationships/vbaProject",
} as const;

const SML = "application/vnd.openxmlformats-officedocument.spreadsheetml";
/** Content types by short name. */
export const CT = {
  worksheet: `${SML}.worksheet+xml`,
  chartsheet: `${SML}.chartsheet+xml`,
  table: `${SML}.table+xml`,
  comments: `${SML}.comments+xml`,
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  pivotTable: `${SML}.pivotTable+xml`,
  pivotCacheDefinition: `${SML}.pivotCacheDefinition+xml`,
  pivotCacheRecords: `${SML}.pivotCacheRecords+xml`,
  externalLink: `${SML}.externalLink+xml`,
  calcChain: `${SML}.calcChain+xml`,
  customXmlProps: "application/vnd.openxmlformats-officedocument.customXmlProperties+xml",
  customProperties: "application/vnd.openxmlformats-officedocument.custom-properties+xml",
  slicer: "application/vnd.ms-excel.slicer+xml",
  slicerCache: "application/vnd.ms-excel.slicerCache+xml",
  threadedComments: "application/vnd.ms-excel.threadedcomments+xml",
  person: "application/vnd.ms-excel.person+xml",
  vbaProject: "application/vnd.ms-office.vbaProject",
  printerSettings: `${SML}.printerSettings`,
  vml: "application/vnd.openxmlformats-officedocument.vmlDrawing",
  png: "image/png",
  macroWorkbook: "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
} as const;

/** CT_Worksheet's children in schema order. */
const WORKSHEET_ORDER = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
] as const;

/** CT_Workbook's children in schema order. */
const WORKBOOK_ORDER = [
  "fileVersion",
  "fileSharing",
  "workbookPr",
  "workbookProtection",
  "bookViews",
  "sheets",
  "functionGroups",
  "externalReferences",
  "definedNames",
  "calcPr",
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
] as const;

export type WorksheetChild = (typeof WORKSHEET_ORDER)[number];
export type WorkbookChild = (typeof WORKBOOK_ORDER)[number];

/** Where `<name …>` starts (unprefixed, as Excel and exceljs write the main namespace), or -1. */
function startOf(xml: string, name: string, from = 0): number {
  const pattern = new RegExp(`<${name}(?=[\\s/>])`, "g");
  pattern.lastIndex = from;
  const match = pattern.exec(xml);
  return match ? match.index : -1;
}

/** The [start, end) of the element `<name>` starting at `at`. */
function elementAt(xml: string, name: string, at: number): [number, number] {
  const tagEnd = xml.indexOf(">", at);
  if (xml[tagEnd - 1] === "/") return [at, tagEnd + 1];
  const close = xml.indexOf(`</${name}>`, tagEnd);
  if (close < 0) throw new Error(`no </${name}>`);
  return [at, close + name.length + 3];
}

/** The element `<name>…</name>` (its first occurrence), or null. */
export function elementText(xml: string, name: string): string | null {
  const at = startOf(xml, name);
  if (at < 0) return null;
  const [start, end] = elementAt(xml, name, at);
  return xml.slice(start, end);
}

function place(xml: string, order: readonly string[], root: string, name: string, element: string, replace: boolean): string {
  const existing = startOf(xml, name);
  if (existing >= 0 && replace) {
    const [start, end] = elementAt(xml, name, existing);
    return xml.slice(0, start) + element + xml.slice(end);
  }
  const later = order.slice(order.indexOf(name) + 1);
  // after the last of this kind (conditionalFormatting repeats), else before the first later child
  const starts = later.map((n) => startOf(xml, n)).filter((at) => at >= 0);
  const at = starts.length > 0 ? Math.min(...starts) : xml.lastIndexOf(`</${root}>`);
  return xml.slice(0, at) + element + xml.slice(at);
}

/** The worksheet with `element` (a `<name>` child) in its schema place; `replace` swaps an existing one. */
export function placeInWorksheet(xml: string, name: WorksheetChild, element: string, replace = true): string {
  if (name === "extLst") return addExt(xml, "worksheet", element);
  return place(xml, WORKSHEET_ORDER, "worksheet", name, element, replace);
}

/** The workbook with `element` in its schema place. */
export function placeInWorkbook(xml: string, name: WorkbookChild, element: string, replace = true): string {
  if (name === "extLst") return addExt(xml, "workbook", element);
  return place(xml, WORKBOOK_ORDER, "workbook", name, element, replace);
}

/** Adds an `<ext>` to the part's `<extLst>` (made when there is none, as the root's last child). */
function addExt(xml: string, root: string, ext: string): string {
  const close = xml.lastIndexOf("</extLst>");
  if (close >= 0) return xml.slice(0, close) + ext + xml.slice(close);
  const end = xml.lastIndexOf(`</${root}>`);
  return `${xml.slice(0, end)}<extLst>${ext}</extLst>${xml.slice(end)}`;
}

/** Adds the `xmlns:prefix` declaration to the root element when it lacks it. */
export function declare(xml: string, prefix: string, uri: string): string {
  if (new RegExp(`xmlns:${prefix}=`).test(xml.slice(0, xml.indexOf(">", xml.indexOf("<", xml.indexOf("?>") + 1)) + 1))) return xml;
  const rootStart = xml.search(/<[A-Za-z]/);
  const nameEnd = xml.slice(rootStart).search(/[\s/>]/) + rootStart;
  return `${xml.slice(0, nameEnd)} xmlns:${prefix}="${uri}"${xml.slice(nameEnd)}`;
}

/**
 * Appends `items` to the counted list `<list count="n">` of styles.xml (made when absent, before
 * `before`), updating its count; returns the part and the index of the first item added.
 */
export function appendToList(xml: string, list: string, items: readonly string[], before?: string): { xml: string; first: number } {
  let at = startOf(xml, list);
  if (at < 0) {
    const where = before ? startOf(xml, before) : -1;
    if (where < 0) throw new Error(`styles.xml has no <${list}> and no <${before ?? "?"}>`);
    xml = `${xml.slice(0, where)}<${list} count="0"/>${xml.slice(where)}`;
    at = where;
  }
  const [start, end] = elementAt(xml, list, at);
  let element = xml.slice(start, end);
  const count = Number(/count="(\d+)"/.exec(element)?.[1] ?? "0");
  if (element.endsWith("/>")) element = `${element.slice(0, -2)}></${list}>`;
  element = element.replace(/count="\d+"/, `count="${count + items.length}"`);
  if (!/count="/.test(element)) element = element.replace(`<${list}`, `<${list} count="${count + items.length}"`);
  const close = element.lastIndexOf(`</${list}>`);
  element = element.slice(0, close) + items.join("") + element.slice(close);
  return { xml: xml.slice(0, start) + element + xml.slice(end), first: count };
}

/** A relationships part with one more relationship; returns the part and its new id. */
export function addRelationship(rels: string | null, type: string, target: string, external = false): { xml: string; id: string } {
  const xml = rels ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.pkg}"></Relationships>`;
  const used = [...xml.matchAll(/Id="rId(\d+)"/g)].map((m) => Number(m[1]));
  const id = `rId${Math.max(0, ...used) + 1}`;
  const rel = `<Relationship Id="${id}" Type="${type}" Target="${escapeXml(target)}"${external ? ' TargetMode="External"' : ""}/>`;
  const open =
    xml.endsWith("/>") && !xml.includes("</Relationships>")
      ? xml.replace(/<Relationships([^>]*)\/>$/, "<Relationships$1></Relationships>")
      : xml;
  const close = open.lastIndexOf("</Relationships>");
  return { xml: open.slice(0, close) + rel + open.slice(close), id };
}

/** [Content_Types].xml with an Override for `part` (and Defaults for extensions), replacing one already there. */
export function addContentType(types: string, part: string | null, type: string, extension?: string): string {
  const close = types.lastIndexOf("</Types>");
  if (extension) {
    if (new RegExp(`<Default Extension="${extension}"`, "i").test(types)) return types;
    return `${types.slice(0, close)}<Default Extension="${extension}" ContentType="${type}"/>${types.slice(close)}`;
  }
  const name = `/${part ?? ""}`;
  const existing = new RegExp(`<Override PartName="${name.replace(/[.[\]]/g, "\\$&")}"[^>]*/>`);
  const override = `<Override PartName="${name}" ContentType="${type}"/>`;
  if (existing.test(types)) return types.replace(existing, override);
  return `${types.slice(0, close)}${override}${types.slice(close)}`;
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
