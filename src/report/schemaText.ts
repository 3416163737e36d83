/**
 * The JSON Schemas we ship in schema/, as text: generated from the zod contracts, so that the files, `kaste schema`
 * and the output cannot disagree (tests keep the files current: scripts/check-schema.ts, scripts/ledger-schema.ts).
 */
import { z } from "zod";
import { CheckExportsSchema } from "./checkExport";
import { LedgerExportSchema } from "./ledgerExport";

export function ledgerSchemaText(): string {
  const schema = z.toJSONSchema(LedgerExportSchema, { target: "draft-2020-12" });
  return `${JSON.stringify({ $id: "https://kaste-ledger.invalid/schema/ledger.schema.json", title: "KASTE Ledger structured ledger", ...schema }, null, 2)}\n`;
}

/** `kaste check --format json`: one envelope, or an array of them when several files are checked. */
export function checkSchemaText(): string {
  const schema = z.toJSONSchema(CheckExportsSchema, { target: "draft-2020-12" });
  return `${JSON.stringify({ $id: "https://kaste-ledger.invalid/schema/check.schema.json", title: "KASTE Ledger check report", ...schema }, null, 2)}\n`;
}
