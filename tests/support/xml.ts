/**
 * Just enough XML to read an Office add-in manifest in a test, offline and without a
 * dependency: elements, attributes, text, comments, the XML declaration and the five
 * predefined entities. Throws on mismatched tags, so a broken manifest fails the test.
 */

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, entity: string) => {
    if (entity.startsWith("#x") || entity.startsWith("#X")) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith("#")) return String.fromCodePoint(Number(entity.slice(1)));
    const value = ENTITIES[entity];
    if (value === undefined) throw new Error(`unknown XML entity ${whole}`);
    return value;
  });
}

/** Parses a document and returns its root element. */
export function parseXml(source: string): XmlElement {
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  const token =
    /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<\/([^\s>]+)\s*>|<([^\s/>]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/g;
  let consumed = 0;
  for (let match = token.exec(source); match; match = token.exec(source)) {
    if (match.index !== consumed) throw new Error(`unexpected XML at ${consumed}: ${source.slice(consumed, consumed + 40)}`);
    consumed = token.lastIndex;
    const [whole, cdata, closing, opening, attrText, selfClosing, text] = match;
    const parent = stack[stack.length - 1];
    if (whole.startsWith("<!--") || whole.startsWith("<?")) continue;
    if (cdata !== undefined) {
      if (parent) parent.text += cdata;
    } else if (closing !== undefined) {
      const open = stack.pop();
      if (!open || open.name !== closing) throw new Error(`</${closing}> closes <${open?.name ?? "nothing"}>`);
    } else if (opening !== undefined) {
      const attrs: Record<string, string> = {};
      for (const [, name, , double, single] of (attrText ?? "").matchAll(/([^\s=]+)\s*=\s*("([^"]*)"|'([^']*)')/g)) {
        attrs[name] = decode(double ?? single ?? "");
      }
      const element: XmlElement = { name: opening, attrs, children: [], text: "" };
      if (parent) parent.children.push(element);
      else if (root) throw new Error("more than one root element");
      else root = element;
      if (!selfClosing) stack.push(element);
    } else if (text !== undefined) {
      if (parent) parent.text += decode(text);
      else if (text.trim()) throw new Error(`text outside the root element: ${text.trim().slice(0, 40)}`);
    }
  }
  if (consumed !== source.length) throw new Error(`unexpected XML at ${consumed}`);
  if (stack.length > 0) throw new Error(`<${stack[stack.length - 1].name}> is not closed`);
  if (!root) throw new Error("no root element");
  return root;
}

/** The child elements named `name` (with its prefix, e.g. "bt:Url"). */
export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((child) => child.name === name);
}

/** The one element at the end of a path of child names; fails unless there is exactly one. */
export function only(element: XmlElement, ...path: string[]): XmlElement {
  let current = element;
  for (const name of path) {
    const found = childrenNamed(current, name);
    if (found.length !== 1) throw new Error(`expected one <${name}> in <${current.name}>, found ${found.length}`);
    current = found[0];
  }
  return current;
}

/** Every element in the tree, depth first. */
export function descendants(element: XmlElement): XmlElement[] {
  return element.children.flatMap((child) => [child, ...descendants(child)]);
}
