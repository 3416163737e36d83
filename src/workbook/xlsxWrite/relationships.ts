/**
 * A `_rels/*.rels` part edited in place: a relationship added under an id the part does not
 * use yet, or one removed; the others stay as they are.
 */
import { parseRelationships } from "../xlsxXml";
import { NS_PACKAGE_REL, XML_HEAD, escapeAttr, findElement, findElements, getAttr, unescapeAttr } from "./xml";
import { WorkbookFileError } from "../fileError";

export const REL_TYPE = {
  worksheet: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
  table: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table",
  styles: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
  calcChain: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain",
  sharedStrings: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings",
  officeDocument: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
} as const;

/** An empty relationships part. */
export function emptyRelationships(): string {
  return `${XML_HEAD}<Relationships xmlns="${NS_PACKAGE_REL}"></Relationships>`;
}

/** An id not used in the part: rId1, rId2 … */
export function freeRelationshipId(xml: string): string {
  const used = new Set([...parseRelationships(xml).keys()].map((id) => id.toLowerCase()));
  for (let n = used.size + 1; ; n++) if (!used.has(`rid${n}`)) return `rId${n}`;
}

/** The part with a relationship added; returns it and the id given. */
export function withRelationship(xml: string, type: string, target: string): { xml: string; id: string } {
  const id = freeRelationshipId(xml);
  const root = findElement(xml, "Relationships");
  if (!root)
    throw new WorkbookFileError({
      fi: "suhdeosassa (.rels) ei ole Relationships-elementtiä",
      sv: "en relationsdel (.rels) saknar elementet Relationships",
      en: "a relationships part has no Relationships element",
    });
  const entry = `<${root.prefix}Relationship Id="${id}" Type="${escapeAttr(type)}" Target="${escapeAttr(target)}"/>`;
  if (root.selfClosed) {
    const tag = xml.slice(root.start, root.end);
    return { xml: `${xml.slice(0, root.start)}${tag.slice(0, -2)}>${entry}</${root.prefix}Relationships>${xml.slice(root.end)}`, id };
  }
  return { xml: xml.slice(0, root.closeStart) + entry + xml.slice(root.closeStart), id };
}

/** The part without the relationships `drop` says to drop (by type and target, as the file has them). */
export function withoutRelationships(xml: string, drop: (type: string, target: string) => boolean): string {
  let out = xml;
  for (const span of findElements(xml, "Relationship").reverse()) {
    const tag = xml.slice(span.start, span.openEnd);
    if (drop(unescapeAttr(getAttr(tag, "Type") ?? ""), unescapeAttr(getAttr(tag, "Target") ?? "")))
      out = out.slice(0, span.start) + out.slice(span.end);
  }
  return out;
}

/** A target from the folder of `fromPart` to `toPart` (both zip entry names): `worksheets/sheet2.xml`, `../tables/table1.xml`. */
export function relativeTarget(fromPart: string, toPart: string): string {
  const from = fromPart.split("/").slice(0, -1);
  const to = toPart.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common].toLowerCase() === to[common].toLowerCase()) common++;
  return [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
}
