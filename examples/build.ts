/** Builds the bundled example workbooks: `npx tsx examples/build.ts`. */
import { mkdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { writeXlsx } from "../src/cli/writeXlsx";
import { brokenSheets } from "./broken";
import { lappiSheets } from "./lappi";
import { lasseSheets } from "./lasse";

const here = dirname(fileURLToPath(import.meta.url));

export const EXAMPLES = {
  "lasse.xlsx": lasseSheets,
  "lappi.xlsx": lappiSheets,
  "broken.xlsx": brokenSheets,
} as const;

export async function buildExamples(folder = here): Promise<string[]> {
  await mkdir(folder, { recursive: true });
  const written: string[] = [];
  for (const [file, sheets] of Object.entries(EXAMPLES)) {
    const path = join(folder, file);
    await writeXlsx(path, sheets());
    written.push(path);
  }
  return written;
}

if (process.argv[1] && /build\.ts$/.test(process.argv[1])) {
  buildExamples().then((files) => process.stdout.write(`${files.join("\n")}\n`));
}
