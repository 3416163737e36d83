import { nameKey } from "../workbook/normalize";

export { nameKey };

/**
 * Whether two names mean the same partner, municipality or cost line: case, accents,
 * punctuation and extra spaces do not count ("SONet BOTNIA" = "Sonet  Botnia", "Palkat" = "palkat").
 *
 * @example
 * sameName("SONet BOTNIA", "Sonet Botnia") //=> true
 */
export function sameName(a: string, b: string): boolean {
  return nameKey(a) === nameKey(b);
}

/**
 * A memoised `nameKey` for one pass over a ledger: a ledger has few distinct names but up
 * to millions of rows, and normalising each row's text again would dominate the checks.
 *
 * @example
 * const keyOf = nameKeys();
 * keyOf("Pikassos Oy") //=> "pikassos"
 */
export function nameKeys(): (text: string) => string {
  const keys = new Map<string, string>();
  // rows of one invoice stand together: the name of the row before is the likeliest
  let lastText: string | undefined;
  let lastKey = "";
  return (text) => {
    if (text === lastText) return lastKey;
    let key = keys.get(text);
    if (key === undefined) {
      key = nameKey(text);
      keys.set(text, key);
    }
    lastText = text;
    lastKey = key;
    return key;
  };
}
