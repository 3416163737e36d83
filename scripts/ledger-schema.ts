/**
 * The JSON Schema of `kaste ledger --format json`, generated from the zod schemas of
 * src/report/ledgerExport.ts: `npx tsx scripts/ledger-schema.ts --write` writes
 * schema/ledger.schema.json, which tests/report/ledgerExport.test.ts keeps current.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { ledgerSchemaText } from "../src/report/schemaText";

export { ledgerSchemaText };

export const LEDGER_SCHEMA_PATH = join(__dirname, "..", "schema", "ledger.schema.json");

if (process.argv.includes("--write")) {
  writeFileSync(LEDGER_SCHEMA_PATH, ledgerSchemaText());
  process.stdout.write(`${LEDGER_SCHEMA_PATH}\n`);
}
