import { repairMojibake } from "./windows1252";

/**
 * Header text as the recogniser compares it: lower case, accents folded (ä→a, å→a),
 * punctuation and currency units dropped, "%" kept as the word "pct" (so that
 * "Valtionavustus-%" and "Valtionavustus" stay apart), the common VAT markers made one token;
 * UTF-8 text once decoded as Windows-1252 ("PÃ¤ivÃ¤mÃ¤Ã¤rÃ¤") read as it was written.
 */
export function normalizeHeader(text: string): string {
  let normalized = normalizedHeaders.get(text);
  if (normalized === undefined) {
    normalized = normalizeUncached(text);
    if (normalizedHeaders.size >= HEADERS_KEPT) normalizedHeaders.clear();
    normalizedHeaders.set(text, normalized);
  }
  return normalized;
}

/**
 * A workbook's header and key texts are normalised by every table's matcher and several phases:
 * each text once, up to HEADERS_KEPT texts (then forgotten at once, so that the pane's next workbook is cached too).
 */
const normalizedHeaders = new Map<string, string>();
const HEADERS_KEPT = 20_000;

function normalizeUncached(text: string): string {
  return (
    repairMojibake(text)
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/%/g, " pct ")
      .replace(/€|\beur\b|\beuroa\b|\beuros\b/g, " ")
      .replace(/[^a-z0-9]+/g, " ")
      // "ALV 24 %", "moms 25,5 %": the rate in a VAT column's header says which VAT, not what the column is
      .replace(/\b(alv|moms|vat) [1-9]\d?(?: \d)? pct\b/g, "$1")
      .replace(/\b(alv|moms|vat) 0( pct)?\b/g, "alv0")
      .replace(/\b(ilman alv|veroton|exkl moms|excl vat|excluding vat|net of vat)\b/g, "alv0")
      .replace(/\b(sis alv|sisaltaa alv|verollinen|inkl moms|incl vat|including vat|brutto|gross)\b/g, "sisalv")
      .replace(/\s+/g, " ")
      .trim()
  );
}

/**
 * A name as tables compare names: "SONet BOTNIA" matches "Sonet  Botnia", and a company's
 * legal form and business ID do not count ("SONet BOTNIA ry", "Pikassos Oy (2345678-9)" are
 * "SONet BOTNIA", "Pikassos").
 */
export function nameKey(text: string): string {
  // a ledger has few distinct names over up to millions of rows: each is normalised once
  let key = NAME_KEYS.get(text);
  if (key === undefined) {
    if (NAME_KEYS.size >= NAME_KEYS_KEPT) NAME_KEYS.clear();
    key = nameKeyOf(text);
    NAME_KEYS.set(text, key);
  }
  return key;
}

/** The names last keyed, up to NAME_KEYS_KEPT (then forgotten at once: a cache, not a record). */
const NAME_KEYS = new Map<string, string>();
const NAME_KEYS_KEPT = 4096;

function nameKeyOf(text: string): string {
  const key = repairMojibake(text)
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
  const named = BUSINESS_ID.test(key) ? key.replace(BUSINESS_ID, "").trim() : key;
  return LEGAL_FORM.test(named) ? named.replace(LEGAL_FORM, "") : named;
}

/** A trailing legal form after a name of its own: Oy, Oyj, Ab, Abp, ry, rf, Ltd, Ky, Tmi, Ay. */
const LEGAL_FORM = /(?<=\S) (?:oy|oyj|ab|abp|ry|rf|ltd|ky|tmi|ay)$/;
/**
 * A business ID (Y-tunnus "2345678-9", also labelled "Y-tunnus", "FO-nummer", "Business ID") before
 * or after a name of its own, as an accounts-payable export writes the supplier: no part of the name.
 */
const BUSINESS_ID =
  /(?<=\S) (?:(?:y ?tunnus|fo nummer|business id) )?\d{6,7} \d$|^(?:(?:y ?tunnus|fo nummer|business id) )?\d{6,7} \d (?=\S)/;

/**
 * Text without the white space around it, as `trim` gives it. Most cells have none: a text that
 * starts and ends with printable ASCII is returned as it is, without the call (millions of cells).
 */
export function trimmed(text: string): string {
  const last = text.length - 1;
  if (last < 0) return text;
  const first = text.charCodeAt(0);
  const end = text.charCodeAt(last);
  return first > 32 && first < 127 && end > 32 && end < 127 ? text : text.trim();
}

/** True for text that is empty or white space only, as `text.trim() === ""`, without trimming most texts. */
export function isBlankText(text: string): boolean {
  if (text.length === 0) return true;
  const first = text.charCodeAt(0);
  return first > 32 && first < 127 ? false : text.trim() === "";
}
