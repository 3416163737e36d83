/** XML's five named entities. */
export const XML_ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/**
 * Text with its entities (`named`, by name) and character references (`&#228;`, `&#xE4;`) decoded; a name
 * not in `named`, or a reference to no character, stays as written. The page and Excel 2003 XML readers'
 * (the xlsx reader has its own, tuned to its cells).
 */
export function decodeEntities(text: string, named: Readonly<Record<string, string>> = XML_ENTITIES): string {
  return text.replace(/&(#[xX][0-9a-fA-F]+|#[0-9]+|[A-Za-z]+);/g, (match, name: string) => {
    if (name[0] !== "#") return named[name] ?? match;
    const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : match;
  });
}
