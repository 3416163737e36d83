/**
 * Where `kaste check FILE` spends its time, step by step in one fresh process (run by
 * xlsx.bench.ts): Node and tsx starting, loading the checking modules, reading the file,
 * checking, rendering the text report; then loading what else cli/main.ts imports (the
 * other commands' modules, exceljs among them, load only when their command runs).
 *
 *   node --import tsx bench/phases.ts FILE.xlsx
 */
const started = performance.now();

async function phases(path: string): Promise<void> {
  const { readInput } = await import("../cli/input");
  const { checkWorkbook } = await import("../src/check/checkWorkbook");
  const { renderText } = await import("../src/findings/render");
  const loaded = performance.now();
  const workbook = await readInput(path);
  const read = performance.now();
  const result = checkWorkbook(workbook);
  const checked = performance.now();
  renderText(result.findings, result.notChecked, "fi");
  const rendered = performance.now();
  await import("../cli/main");
  const all = performance.now();
  process.stdout.write(
    `${JSON.stringify({
      startMs: started,
      loadMs: loaded - started,
      readMs: read - loaded,
      checkMs: checked - read,
      renderMs: rendered - checked,
      loadRestMs: all - rendered,
      findings: result.findings.length,
      peakRss: process.resourceUsage().maxRSS * 1024,
    })}\n`,
  );
}

void phases(process.argv[2]);
