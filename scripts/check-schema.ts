/**
 * The JSON Schema of `kaste check --format json`, generated from the zod schemas of src/report/checkExport.ts:
 * `npx tsx scripts/check-schema.ts --write` writes schema/check.schema.json, which tests/cli/checkJson.test.ts keeps
 * current (and `kaste schema` prints).
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { checkSchemaText } from "../src/report/schemaText";

export { checkSchemaText };

export const CHECK_SCHEMA_PATH = join(__dirname, "..", "schema", "check.schema.json");

if (process.argv.includes("--write")) {
  writeFileSync(CHECK_SCHEMA_PATH, checkSchemaText());
  process.stdout.write(`${CHECK_SCHEMA_PATH}\n`);
}
