/**
 * `[Content_Types].xml` edited in place: an Override added for a new part, removed for a part
 * that goes; every other entry (the workbook's own content type, `.xlsm`'s macro-enabled one
 * included) stays as the file has it.
 */
import { escapeAttr, findElement, findElements, getAttr, unescapeAttr } from "./xml";
import { WorkbookFileError, noElement } from "../fileError";

export const CONTENT_TYPES_PART = "[Content_Types].xml";

export const CONTENT_TYPE = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  table: "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
  sharedStrings: "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml",
  workbook: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
  relationships: "application/vnd.openxmlformats-package.relationships+xml",
} as const;

/** The content type a part name has (its Override, else its extension's Default); null when none. */
export function contentTypeOf(xml: string, part: string): string | null {
  const name = `/${part}`.toLowerCase();
  for (const span of findElements(xml, "Override")) {
    const tag = xml.slice(span.start, span.openEnd);
    if (unescapeAttr(getAttr(tag, "PartName") ?? "").toLowerCase() === name) return unescapeAttr(getAttr(tag, "ContentType") ?? "");
  }
  const extension = name.slice(name.lastIndexOf(".") + 1);
  for (const span of findElements(xml, "Default")) {
    const tag = xml.slice(span.start, span.openEnd);
    if ((getAttr(tag, "Extension") ?? "").toLowerCase() === extension) return unescapeAttr(getAttr(tag, "ContentType") ?? "");
  }
  return null;
}

/** The content types with an Override for `part` (replacing one it had). */
export function withOverride(xml: string, part: string, contentType: string): string {
  const cleaned = withoutOverride(xml, part);
  const root = findElement(cleaned, "Types");
  if (!root) throw new WorkbookFileError(noElement("[Content_Types].xml", "Types"));
  const entry = `<${root.prefix}Override PartName="${escapeAttr(`/${part}`)}" ContentType="${escapeAttr(contentType)}"/>`;
  if (root.selfClosed) {
    const tag = cleaned.slice(root.start, root.end);
    return `${cleaned.slice(0, root.start)}${tag.slice(0, -2)}>${entry}</${root.prefix}Types>${cleaned.slice(root.end)}`;
  }
  return cleaned.slice(0, root.closeStart) + entry + cleaned.slice(root.closeStart);
}

/** The content types without an Override for `part` (unchanged when it has none). */
export function withoutOverride(xml: string, part: string): string {
  const name = `/${part}`.toLowerCase();
  for (const span of findElements(xml, "Override")) {
    const tag = xml.slice(span.start, span.openEnd);
    if (unescapeAttr(getAttr(tag, "PartName") ?? "").toLowerCase() === name) return xml.slice(0, span.start) + xml.slice(span.end);
  }
  return xml;
}
