/**
 * Windows-1252's characters in 0x80–0x9f (€, the dashes, the curly quotes …), by byte − 0x80;
 * the five bytes it leaves undefined keep their C1 code point, as the WHATWG decoder does.
 */
const HIGH =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
  "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

/**
 * Windows-1252 bytes as text. Node's TextDecoder("windows-1252") decodes 0x80–0x9f as Latin-1
 * (U+0080–U+009F) where browsers give € and the dashes, so those bytes are mapped here: a
 * "1 234,50 €" or "1–4/2014" saved by Excel reads the same on the command line as in the pane.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder("windows-1252").decode(bytes).replace(/[\u0080-\u009f]/g, (c) => HIGH[c.charCodeAt(0) - 0x80]);
}

/**
 * A lead byte of UTF-8's two- and three-byte letters (Ã for ä, ö, å, é; â for €, –) followed by a
 * continuation byte, both as Windows-1252 shows them: the mark of UTF-8 text once decoded as
 * Windows-1252 ("PÃ¤ivÃ¤mÃ¤Ã¤rÃ¤" for "Päivämäärä", as Excel opens a UTF-8 CSV file).
 * U+00A0 is no mark: an upper-case name keeps its no-break space after a letter ("KUNTAYHTYMÄ LAPPI").
 */
const MOJIBAKE = new RegExp(`[\\u00c2-\\u00df\\u00e2][\\u0080-\\u009f\\u00a1-\\u00bf${HIGH}]`);
/**
 * A character repaired text may not hold: any but Latin-1's letters and signs, the euro sign, the dashes, the curly
 * quotes and the ellipsis. Real text that happens to read as UTF-8 ("ETELÄ–POHJANMAA" as "ETELĖPOHJANMAA",
 * "YHTEISÖ RY" with a no-break space) reads as letters no Finnish or Swedish text has, so it is kept.
 */
const IMPLAUSIBLE = /[^\u0020-\u007e\u00a0-\u00ff\u20ac\u2013\u2014\u2018\u2019\u201c\u201d\u2026\t\n\r]/;

/**
 * UTF-8 text that was decoded as Windows-1252 ("PÃ¤ivÃ¤mÃ¤Ã¤rÃ¤", "kyllÃ¤"), as it was written
 * ("Päivämäärä", "kyllä"); any other text as it is. Only a text whose every character is a
 * Windows-1252 one, whose bytes then read as UTF-8 and give only plausible characters is repaired,
 * so no real name changes.
 */
export function repairMojibake(text: string): string {
  if (!MOJIBAKE.test(text)) return text;
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const high = code >= 0x100 ? HIGH.indexOf(text[i]) : -1;
    if (code >= 0x100 && high < 0) return text;
    bytes[i] = code < 0x100 ? code : 0x80 + high;
  }
  let repaired: string;
  try {
    repaired = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return text;
  }
  return IMPLAUSIBLE.test(repaired) ? text : repaired;
}
