/**
 * The preservation matrix of docs/preservation.md, from a harness run (tests/preservation/harness.ts):
 * `npx tsx tests/preservation/matrix.ts` prints it, `--write` puts it between the matrix markers of
 * the doc. tests/preservation/preservation.test.ts fails when the doc's matrix is not what a run gives.
 */
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { soffice } from "../support/soffice";
import type { Variant } from "../support/featureBook";
import { COMMANDS, FEATURES, runHarness } from "./harness";
import type { HarnessRun, RunResult } from "./harness";

export const PRESERVATION_DOC = "docs/preservation.md";
export const START = "<!-- matrix:start -->";
export const END = "<!-- matrix:end -->";

const VARIANT_TITLES: Record<Variant, string> = {
  excel: "Excel-style workbook (`features.xlsx`)",
  libreoffice: "The same saved by LibreOffice (`features-lo.xlsx`)",
  xlsm: "Macro-enabled workbook (`features.xlsm`, with `xl/vbaProject.bin`)",
};

/** The first line of what the CLI said, without the temporary folders. */
function said(err: string): string {
  const line = (err.split("\n").find((l) => l.trim() !== "") ?? "").replace(/^kaste: /, "");
  return line.replace(/\/[^\s]*\/([^/\s]+\.(?:xlsx|xlsm|csv))/g, "$1").replace(/\|/g, "\\|");
}

function wrote(r: RunResult): string {
  if (r.output !== null) return "yes";
  return `no (exit ${r.code}: ${said(r.err)})`;
}

function partsLine(r: RunResult): string {
  if (r.output === null) return "·";
  return r.unexpected.length === 0
    ? "yes"
    : `**no**: ${r.unexpected.length} (${r.unexpected.slice(0, 3).join(", ")}${r.unexpected.length > 3 ? ", …" : ""})`;
}

function xmlLine(r: RunResult): string {
  if (r.output === null) return "·";
  return r.malformed.length === 0 ? "yes" : `**no**: ${r.malformed.join("; ")}`;
}

function libreOfficeLine(r: RunResult): string {
  if (r.output === null) return "·";
  if (!r.lo) return "not run";
  if (!r.lo.opened) return "**does not open**";
  const problems = [
    ...(r.lo.errors.length > 0 ? [`${r.lo.errors.length} error cells (${r.lo.errors.slice(0, 2).join(", ")})`] : []),
    ...(r.lo.total !== r.lo.expectedTotal ? [`Table total ${String(r.lo.total)} ≠ ${String(r.lo.expectedTotal)}`] : []),
    ...(r.lo.sameInvoices ? [] : ["Laskut differs"]),
  ];
  return problems.length === 0 ? "yes" : `**no**: ${problems.join("; ")}`;
}

function cell(r: RunResult, feature: string): string {
  if (r.output === null) return "·";
  const value = r.features.get(feature) ?? "—";
  return value === "kept" || value === "edited" || value === "—" ? value : `**${value}**`;
}

/** The matrix as Markdown: one table per variant, features down, commands across. */
export function matrixText(run: HarnessRun): string {
  const lines: string[] = [];
  const editing = COMMANDS.filter((c) => !c.newWorkbook);
  for (const variant of run.variants) {
    const results = editing.map((c) => run.results.find((r) => r.variant === variant && r.command.id === c.id) as RunResult);
    lines.push(`### ${VARIANT_TITLES[variant]}`, "");
    lines.push(`| feature | ${editing.map((c) => `\`${c.label}\``).join(" | ")} |`);
    lines.push(`|---|${editing.map(() => "---").join("|")}|`);
    lines.push(`| *the command wrote the file* | ${results.map(wrote).join(" | ")} |`);
    for (const feature of FEATURES) {
      if (feature.only && feature.only !== variant) continue;
      lines.push(`| ${feature.label} | ${results.map((r) => cell(r, feature.id)).join(" | ")} |`);
    }
    lines.push(`| *parts it did not need to edit byte-identical* | ${results.map(partsLine).join(" | ")} |`);
    lines.push(`| *edited parts well-formed XML* | ${results.map(xmlLine).join(" | ")} |`);
    lines.push(`| *LibreOffice opens it and recomputes it without errors* | ${results.map(libreOfficeLine).join(" | ")} |`);
    lines.push("");
  }
  const fresh = COMMANDS.filter((c) => c.newWorkbook);
  if (fresh.length > 0) {
    lines.push("### Commands that write a new workbook", "");
    lines.push(
      "`kaste application --out` writes the application workbook alone (its sheet and the values of the ledger sheets its formulas read) and `kaste report --final --out` the report and the ledger's tables: neither is a copy of the book, so there is nothing of the book to keep.",
      "",
    );
    lines.push(
      `| command | ${run.variants.map((v) => `${v}: wrote the file`).join(" | ")} | ${run.variants.map((v) => `${v}: LibreOffice recomputes it without errors`).join(" | ")} |`,
    );
    lines.push(`|---|${run.variants.map(() => "---|---").join("|")}|`);
    for (const command of fresh) {
      const results = run.variants.map(
        (variant) => run.results.find((x) => x.variant === variant && x.command.id === command.id) as RunResult,
      );
      lines.push(`| \`${command.label}\` | ${results.map(wrote).join(" | ")} | ${results.map(libreOfficeLine).join(" | ")} |`);
    }
    lines.push("");
  }
  return lines.join("\n").trimEnd();
}

/** The matrix section of the doc as it stands. */
export async function documentedMatrix(): Promise<string> {
  const doc = await readFile(PRESERVATION_DOC, "utf8");
  return doc.slice(doc.indexOf(START) + START.length, doc.indexOf(END)).trim();
}

if (process.argv[1] && /matrix\.ts$/.test(process.argv[1])) {
  void (async () => {
    process.env.LANG = "C.UTF-8";
    const dir = await mkdtemp(join(tmpdir(), "kaste-preserve-"));
    try {
      const text = matrixText(await runHarness(dir, await soffice()));
      if (process.argv.includes("--write")) {
        const doc = await readFile(PRESERVATION_DOC, "utf8");
        await writeFile(PRESERVATION_DOC, `${doc.slice(0, doc.indexOf(START) + START.length)}\n${text}\n${doc.slice(doc.indexOf(END))}`);
      } else process.stdout.write(`${text}\n`);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  })();
}
