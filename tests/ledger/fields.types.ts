// Compiled by `npm run typecheck` (tsc -p .), never run: a table's readers ask for its fields by name.
import type { RowFields } from "../../src/ledger/phases/rowFields";
import type { FieldOf } from "../../src/ledger/fields";

declare const f: RowFields;

f.text("partner");
f.money("net");
f.date("periodStart");
export const line: FieldOf<"invoices"> = "line";

// @ts-expect-error a misspelt field
f.text("partnr");
// @ts-expect-error a field no table has
f.money("amountt");
// @ts-expect-error a field of another table
export const wrongTable: FieldOf<"partners"> = "net";
