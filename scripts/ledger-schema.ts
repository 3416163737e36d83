/**
 * The JSON Schema of `kaste ledger --format json`, generated from the zod schemas of
 * src/report/ledgerExport.ts: `npx tsx scripts/ledger-schema.ts --write` writes
 * schema/ledger.schema.json, which tests/report/ledgerExport.test.ts keeps current.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { LedgerExportSchema } from "../src/report/ledgerExport";

export const LEDGER_SCHEMA_PATH = join(__dirname, "..", "schema", "ledger.schema.json");

export function ledgerSchemaText(): string {
  const schema = z.toJSONSchema(LedgerExportSchema, { target: "draft-2020-12" });
  return `${JSON.stringify({ $id: "https://kaste-ledger.invalid/schema/ledger.schema.json", title: "KASTE Ledger structured ledger", ...schema }, null, 2)}\n`;
}

if (process.argv.includes("--write")) {
  writeFileSync(LEDGER_SCHEMA_PATH, ledgerSchemaText());
  process.stdout.write(`${LEDGER_SCHEMA_PATH}\n`);
}
