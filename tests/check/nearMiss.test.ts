import assert from "node:assert/strict";
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readXlsx } from "../../cli/readXlsx";
import { writeXlsx } from "../../cli/writeXlsx";
import { checkWorkbook } from "../../src/check/checkWorkbook";
import { renderFinding } from "../../src/findings/render";
import { book } from "../support/book";
import { runCli } from "../support/cli";

/** A ledger under a title whose amount is headed "Rahaa": no Laskut, but row 3 comes close. */
const KIRJANPITO = [
  ["Hankkeen kulut 2014"],
  [],
  ["Laskuttaja", "Laskun nro", "Kohdistuu", "Ajalta", "Rahaa", "Selite"],
  ["Verso", "V-1", "hanke", "1/2014", 4200, "Palkat"],
  ["Verso", "V-2", "hanke", "2/2014", "4 300,50", "Palkat"],
];

const invoicesNotFound = (result: ReturnType<typeof checkWorkbook>) =>
  result.findings.filter((f) => f.code === "TABLE_NOT_FOUND" && f.params.kind === "invoices");

describe("TABLE_NOT_FOUND points at the near miss", function () {
  this.timeout(60_000);

  it("names the closest header row at a real cell, what it matched, what it lacks and the kaste map command", () => {
    const [finding] = invoicesNotFound(checkWorkbook(book({ Kirjanpito: KIRJANPITO }), { bookName: "hanke.xlsx" }));
    assert.equal(`${finding.sheet}!${finding.cell}`, "Kirjanpito!A3");
    const fi = renderFinding(finding, "fi").message;
    assert.match(
      fi,
      /Lähimpänä on välilehti Kirjanpito, otsikkorivi 3 \(tunnistettu: Laskuttaja, Laskun nro, Ajalta, Selite; puuttuu: Summa \(ALV 0\)/,
    );
    // The column holding amounts, not the first column not understood ("Kohdistuu")
    assert.match(fi, /kaste map hanke\.xlsx --table invoices --sheet Kirjanpito --row 3 --column E --field net --in-place/);
    assert.match(renderFinding(finding, "sv").message, /Närmast är bladet Kirjanpito, rubrikrad 3/);
    assert.match(renderFinding(finding, "en").message, /The closest is sheet Kirjanpito, header row 3 .*missing: Net amount/);
  });

  it("stays as it was, at no cell, when no row comes close", () => {
    const [finding] = invoicesNotFound(checkWorkbook(book({ Muistiinpanot: [["Hanke alkaa"], ["Kokous", 41671]] })));
    assert.equal(finding.cell, "");
    assert.doesNotMatch(renderFinding(finding, "en").message, /closest/);
  });

  it("gives a command that, run as it stands, makes the table found", async () => {
    const dir = await mkdtemp(join(tmpdir(), "kaste-near-"));
    const path = join(dir, "hanke.xlsx");
    await writeXlsx(path, [{ name: "Kirjanpito", rows: KIRJANPITO }]);
    const [finding] = invoicesNotFound(checkWorkbook(await readXlsx(await readFile(path)), { bookName: path }));
    const command = finding.params.command as string;
    const args = command.split(" ").slice(2);
    assert.equal(args[0], path);
    const run = await runCli("map", ...args);
    assert.equal(run.code, 0, run.err);
    const after = checkWorkbook(await readXlsx(await readFile(path)));
    assert.deepEqual(invoicesNotFound(after), []);
    assert.deepEqual(
      after.ledger.invoices.map((l) => l.net),
      [420_000, 430_050],
    );
  });
});
