/**
 * Small string tools for editing SpreadsheetML parts in place: escaping, finding an element and
 * its end, reading and setting one attribute of a start tag. Every edit splices the part's text
 * at the places it changes and leaves the rest as it was, byte for byte (no parse and
 * re-serialise: a writer's quirks, namespaces and extensions we know nothing of stay).
 */
import { quotedTagEnd } from "../xlsxXml";

/** Text content escaped for XML; characters XML cannot carry become OOXML's `_xHHHH_` (and a literal `_x…_` is kept literal). */
export function escapeText(text: string): string {
  let out = text.replace(/[&<>]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : "&gt;"));
  out = out.replace(/_(x[0-9a-fA-F]{4}_)/g, "_x005F_$1");
  return out.replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g,
    (c) => `_x${c.charCodeAt(0).toString(16).padStart(4, "0").toUpperCase()}_`,
  );
}

/** An attribute value escaped for double quotes. */
export function escapeAttr(text: string): string {
  return escapeText(text).replace(/"/g, "&quot;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;").replace(/\t/g, "&#9;");
}

/** The characters an attribute value stands for (entities decoded). */
export function unescapeAttr(raw: string): string {
  return raw.replace(/&(#[xX][0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (match, name: string) => {
    const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
    if (named[name]) return named[name];
    const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return Number.isFinite(code) ? String.fromCodePoint(code) : match;
  });
}

/** The next start tag `<prefix?local` (any prefix) at or after `from` and before `to`; its start and the prefix. */
export function findStart(xml: string, local: string, from = 0, to = xml.length): { at: number; prefix: string } | null {
  const pattern = new RegExp(`<([A-Za-z_][\\w.-]*:)?${local.replace(/\./g, "\\.")}(?=[\\s>/])`, "g");
  pattern.lastIndex = from;
  const match = pattern.exec(xml);
  if (!match || match.index >= to) return null;
  return { at: match.index, prefix: match[1] ?? "" };
}

/** An element found in a part: where its start tag, its content and the whole element lie. */
export interface ElementSpan {
  readonly start: number;
  /** Position after the start tag's `>`. */
  readonly openEnd: number;
  /** Start of the end tag (equal to `end` for an empty `<x/>`). */
  readonly closeStart: number;
  /** Position after the element. */
  readonly end: number;
  readonly prefix: string;
  readonly selfClosed: boolean;
}

/** The first element `local` (any prefix) at or after `from`; null when there is none. Elements of the same name must not nest. */
export function findElement(xml: string, local: string, from = 0, to = xml.length): ElementSpan | null {
  const found = findStart(xml, local, from, to);
  if (!found) return null;
  const end = quotedTagEnd(xml, found.at);
  if (end < 0) return null;
  if (xml.charCodeAt(end - 1) === 47) {
    return { start: found.at, openEnd: end + 1, closeStart: end + 1, end: end + 1, prefix: found.prefix, selfClosed: true };
  }
  const close = `</${found.prefix}${local}>`;
  const closeAt = xml.indexOf(close, end);
  if (closeAt < 0) return null;
  return { start: found.at, openEnd: end + 1, closeStart: closeAt, end: closeAt + close.length, prefix: found.prefix, selfClosed: false };
}

/** Every element `local` in `xml[from, to)`, in order. */
export function findElements(xml: string, local: string, from = 0, to = xml.length): ElementSpan[] {
  const found: ElementSpan[] = [];
  for (let at = from; ;) {
    const span = findElement(xml, local, at, to);
    if (!span || span.end > to) break;
    found.push(span);
    at = span.end;
  }
  return found;
}

/** The raw value of attribute `name` in the start tag `tag` (its text from `<` to `>`); null when absent. */
export function getAttr(tag: string, name: string): string | null {
  const match = new RegExp(`[\\s]${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return match ? (match[1] ?? match[2] ?? "") : null;
}

/** The start tag with attribute `name` set to `raw` (already escaped), added before the tag's end when absent; null removes it. */
export function setAttr(tag: string, name: string, raw: string | null): string {
  const pattern = new RegExp(`(\\s)${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*(?:"[^"]*"|'[^']*')`);
  if (pattern.test(tag)) return tag.replace(pattern, raw === null ? "" : `$1${name}="${raw}"`);
  if (raw === null) return tag;
  const close = tag.endsWith("/>") ? tag.length - 2 : tag.length - 1;
  const before = tag.slice(0, close).replace(/\s+$/, "");
  return `${before} ${name}="${raw}"${tag.slice(close)}`;
}

/** The part with `[from, to)` replaced by `text`. */
export function splice(xml: string, from: number, to: number, text: string): string {
  return xml.slice(0, from) + text + xml.slice(to);
}

/** The prefix (`x:` or ``) bound to namespace `uri` in the part's document element; null when it is not declared there. */
export function namespacePrefix(xml: string, uri: string): string | null {
  const match = new RegExp(`xmlns(?::([A-Za-z_][\\w.-]*))?\\s*=\\s*["']${uri.replace(/[./]/g, "\\$&")}["']`).exec(xml);
  if (!match) return null;
  return match[1] ? `${match[1]}:` : "";
}

export const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
export const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const NS_PACKAGE_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
export const NS_CONTENT_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types";
