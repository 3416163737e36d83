/**
 * `xl/workbook.xml` edited in place: a sheet entry added (a sheetId not used yet, the
 * relationship id), a sheet's visibility set, full recalculation on load switched on. Defined
 * names, views, calculation settings, pivot caches and extensions stay as the file has them.
 */
import { NS_REL, escapeAttr, findElement, findElements, getAttr, namespacePrefix, setAttr, unescapeAttr } from "./xml";
import { WorkbookFileError, noElement } from "../fileError";

/** The workbook's sheet entries: name, sheetId, relationship id and state, in order. */
export function sheetEntries(xml: string): { name: string; sheetId: number; relId: string; state: string }[] {
  const sheets = findElement(xml, "sheets");
  if (!sheets) return [];
  return findElements(xml, "sheet", sheets.openEnd, sheets.closeStart).map((span) => {
    const tag = xml.slice(span.start, span.openEnd);
    const relId = /\s[A-Za-z_][\w.-]*:id\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(tag);
    return {
      name: unescapeAttr(getAttr(tag, "name") ?? ""),
      sheetId: Number(getAttr(tag, "sheetId") ?? 0),
      relId: unescapeAttr(relId?.[1] ?? relId?.[2] ?? ""),
      state: getAttr(tag, "state") ?? "visible",
    };
  });
}

/** The workbook with a sheet entry added after the others. */
export function withSheetEntry(xml: string, name: string, relId: string, hidden: boolean): string {
  const sheetId = Math.max(0, ...sheetEntries(xml).map((s) => s.sheetId)) + 1;
  const sheets = findElement(xml, "sheets");
  if (!sheets) throw new WorkbookFileError(noElement("workbook.xml", "sheets"));
  const known = namespacePrefix(xml, NS_REL);
  const r = known && known !== "" ? known : "r:";
  const declare = known === null || known === "" ? ` xmlns:r="${NS_REL}"` : "";
  const entry = `<${sheets.prefix}sheet name="${escapeAttr(name)}" sheetId="${sheetId}"${hidden ? ' state="hidden"' : ""} ${r}id="${escapeAttr(relId)}"${declare}/>`;
  if (sheets.selfClosed) {
    return `${xml.slice(0, sheets.start)}<${sheets.prefix}sheets>${entry}</${sheets.prefix}sheets>${xml.slice(sheets.end)}`;
  }
  return xml.slice(0, sheets.closeStart) + entry + xml.slice(sheets.closeStart);
}

/** The workbook with the named sheet hidden or shown (state="hidden", or no state). */
export function withSheetState(xml: string, name: string, hidden: boolean): string {
  const sheets = findElement(xml, "sheets");
  if (!sheets) return xml;
  for (const span of findElements(xml, "sheet", sheets.openEnd, sheets.closeStart)) {
    const tag = xml.slice(span.start, span.openEnd);
    if (unescapeAttr(getAttr(tag, "name") ?? "") !== name) continue;
    return xml.slice(0, span.start) + setAttr(tag, "state", hidden ? "hidden" : null) + xml.slice(span.openEnd);
  }
  return xml;
}

/** Elements that follow calcPr in CT_Workbook, where a new calcPr goes before. */
const AFTER_CALC_PR = [
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
];

/** The workbook asking Excel and LibreOffice to recalculate every formula when it opens (calcPr fullCalcOnLoad="1"). */
export function withFullCalcOnLoad(xml: string): string {
  const calcPr = findElement(xml, "calcPr");
  if (calcPr) {
    const tag = xml.slice(calcPr.start, calcPr.openEnd);
    return xml.slice(0, calcPr.start) + setAttr(tag, "fullCalcOnLoad", "1") + xml.slice(calcPr.openEnd);
  }
  const root = findElement(xml, "workbook");
  if (!root) throw new WorkbookFileError(noElement("workbook.xml", "workbook"));
  const entry = `<${root.prefix}calcPr fullCalcOnLoad="1"/>`;
  let at = root.closeStart;
  for (const local of AFTER_CALC_PR) {
    const next = findElement(xml, local, root.openEnd, root.closeStart);
    if (next && next.start < at) at = next.start;
  }
  return xml.slice(0, at) + entry + xml.slice(at);
}
