/**
 * Type-level test, checked by `npm run typecheck` (tsc), not run by mocha: every line marked
 * @ts-expect-error must fail to compile. If the types ever accept a wrong field, the marker is
 * unused and tsc fails.
 */
import { makeFinding } from "../../src/findings/makeFinding";
import type { Messages } from "../../src/findings/messages/types";
import type { ParamsOf } from "../../src/findings/params";

const at = { sheet: "Laskut", cell: "H2" };
const columns = { words: { fi: "A–XFD", sv: "A–XFD", en: "A–XFD" } };

// the right fields compile
makeFinding("VAT_UNKNOWN", at, { partner: "Lasse" });
makeFinding("MAPPING_IGNORED", at, { why: "invalid", row: "3", part: "column", value: "ZZZZ", allowed: columns });
makeFinding("IMPORT_ROW_BROKEN", at, { what: "quotes" });

// @ts-expect-error a field of another code
makeFinding("VAT_UNKNOWN", at, { partner: "Lasse", year: 2015 });
// @ts-expect-error a missing field
makeFinding("REQUIRED_MISSING", at, {});
// @ts-expect-error no params at all
makeFinding("REQUIRED_MISSING", at);
// @ts-expect-error money given as a plain number
makeFinding("COFUND_DEFICIT_EXCEEDED", at, { state: 100, deficit: { cents: 50 } });
// @ts-expect-error a day given as money
makeFinding("CHANGE_REQUEST_WINDOW", at, { end: { cents: 1 }, days: 3 });
// @ts-expect-error a field that belongs to another variant of the same code
makeFinding("MAPPING_IGNORED", at, { why: "invalid", row: "3", part: "column", value: "ZZZZ", allowed: columns, sheetName: "Laskut" });
// @ts-expect-error a variant that does not exist
makeFinding("IMPORT_ROW_BROKEN", at, { what: "unknown" });
// @ts-expect-error a code that does not exist
makeFinding("NOT_A_CODE", at, {});

// a message can only read its own code's fields
const vat: Messages["VAT_UNKNOWN"] = (p) => `${p.partner}`;
// @ts-expect-error VAT_UNKNOWN has no year
const wrongVat: Messages["VAT_UNKNOWN"] = (p) => `${p.partner} ${p.year}`;
// a variant's fields only once the message has chosen that variant
const mapping: Messages["MAPPING_IGNORED"] = (p) => (p.why === "sheet" ? p.sheetName : p.why);
// @ts-expect-error sheetName exists only when why is "sheet"
const wrongMapping: Messages["MAPPING_IGNORED"] = (p) => p.sheetName;

// every code declares its params (indexing by a non-code fails)
// @ts-expect-error not a code
type NoSuchParams = ParamsOf<"NOT_A_CODE">;

export type { NoSuchParams };
export { vat, wrongVat, mapping, wrongMapping };
