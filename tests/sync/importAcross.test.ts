import assert from "node:assert/strict";
import { renderFinding } from "../../src/findings/render";
import type { InvoiceLine } from "../../src/ledger/model";
import { fiDateOf } from "../../src/periods";
import { assertMessages } from "../support/rendered";
import { previewImport } from "../../src/sync/import/importPreview";
import { partnerBookFromCsv } from "../../src/sync/import/partnerFile";
import { ledgerBook, ledgerRow, utf8 } from "./support";

describe("previewImport: a partner's monthly breakdown with months as columns", () => {
  const ledger = ledgerBook([ledgerRow("5.1.2014", "Pikassos", "PIK-005", "1.12.2013", "31.12.2013", "kiinteä", "Palkat", 7200)]);

  it("imports a line per (cost line × month), the partner from the file's name and the year from its title", () => {
    const csv = [
      "Pikassos – kuukausierittely 2014",
      "Laji;Tilikohta;Asiatarkastaja;Hyväksyjä;tammi;helmi;maalis",
      "kiinteä;Palkat;Mäkinen;Lahtinen;7200;7200;",
      "kiinteä;Vuokrat;Mäkinen;Lahtinen;450;;450",
    ].join("\n");
    const file = partnerBookFromCsv(utf8(csv), "pikassos-2014.csv");
    const preview = previewImport(ledger, file, { file: "pikassos-2014.csv", importedAt: "2014-04-01 10:00" });
    assert.deepEqual(preview.findings, []);
    assert.ok(preview.canAppend);
    const jan = 16071; // 1.1.2014
    assert.deepEqual(
      preview.toAdd.map(({ line }) => [line.partner, line.kind, line.line, (line.periodStart ?? 0) - jan, line.net]),
      [
        ["Pikassos", "fixed", "Palkat", 0, 720_000],
        ["Pikassos", "fixed", "Palkat", 31, 720_000],
        ["Pikassos", "fixed", "Vuokrat", 0, 45_000],
        ["Pikassos", "fixed", "Vuokrat", 59, 45_000],
      ],
    );
  });

  it("adds nothing from a breakdown whose every sum the ledger's invoices already bill, and says why", () => {
    const invoiced = ledgerBook([
      ledgerRow("5.2.2014", "Pikassos", "PIK-006", "1.1.2014", "31.1.2014", "kiinteä", "Palkat", 7200),
      ledgerRow("5.3.2014", "Pikassos", "PIK-007", "1.2.2014", "28.2.2014", "kiinteä", "Palkat", 3600),
      ledgerRow("5.3.2014", "Pikassos", "PIK-007b", "1.2.2014", "28.2.2014", "kiinteä", "Palkat", 3600),
      ledgerRow("5.2.2014", "Pikassos", "PIK-006", "1.1.2014", "31.1.2014", "kiinteä", "Vuokrat", 450),
    ]);
    const breakdown = (feb: string) =>
      partnerBookFromCsv(
        utf8(["Pikassos – meno-erittely 2014", `Tilikohta;tammi;helmi`, `Palkat;7200;${feb}`, "Vuokrat;450;"].join("\n")),
        "pikassos-2014.csv",
      );
    const source = { file: "pikassos-2014.csv", importedAt: "2014-04-01 10:00" };
    const billed = previewImport(invoiced, breakdown("7200"), source);
    assert.deepEqual([billed.toAdd.length, billed.alreadyPresent.length], [0, 3]);
    assert.deepEqual(
      billed.alreadyPresent.map((r) => r.existing.number),
      ["PIK-006", "PIK-007", "PIK-006"],
    );
    assert.deepEqual(
      billed.findings.map((f) => [f.code, f.params.why]),
      [["TABLE_NOT_READ", "summary"]],
    );
    // no sum the invoices bill: the breakdown is the partner's own, and is imported as it is
    const own = previewImport(ledger, breakdown("7300"), source);
    assert.deepEqual([own.toAdd.length, own.alreadyPresent.length, own.findings.length], [3, 0, 0]);
  });

  it("of a breakdown the invoices bill in part: adds the months no invoice bills, and a month billed only in part conflicts", () => {
    // January's costs invoiced in full, February's salaries only in part (one of two invoices in), March not yet
    const invoiced = ledgerBook([
      ledgerRow("5.2.2014", "Pikassos", "PIK-006", "1.1.2014", "31.1.2014", "kiinteä", "Palkat", 7200),
      ledgerRow("5.2.2014", "Pikassos", "PIK-006", "1.1.2014", "31.1.2014", "kiinteä", "Vuokrat", 450),
      ledgerRow("5.3.2014", "Pikassos", "PIK-007", "1.2.2014", "28.2.2014", "kiinteä", "Palkat", 3600),
    ]);
    const file = partnerBookFromCsv(
      utf8(["Pikassos – meno-erittely 2014", "Tilikohta;tammi;helmi;maalis", "Palkat;7200;7200;7200", "Vuokrat;450;;450"].join("\n")),
      "pikassos-2014.csv",
    );
    const preview = previewImport(invoiced, file, { file: "pikassos-2014.csv", importedAt: "2014-04-01 10:00" });
    const month = (line: InvoiceLine) => fiDateOf(line.periodStart ?? 0);
    assert.deepEqual(
      preview.alreadyPresent.map((r) => [r.line.line, month(r.line), r.existing.number]),
      [
        ["Palkat", "1.1.2014", "PIK-006"],
        ["Vuokrat", "1.1.2014", "PIK-006"],
      ],
    );
    assert.deepEqual(
      preview.toAdd.map((r) => [r.line.line, month(r.line), r.line.net]),
      [
        ["Palkat", "1.3.2014", 720_000],
        ["Vuokrat", "1.3.2014", 45_000],
      ],
    );
    assert.deepEqual(
      preview.conflicts.map((c) => [c.line.line, month(c.line), c.line.net, c.closest.number, c.differs]),
      [["Palkat", "1.2.2014", 720_000, "PIK-007", ["amount"]]],
    );
    assert.deepEqual(
      preview.findings.map((f) => f.code),
      ["IMPORT_CONFLICT"],
    );
    assertMessages(preview.findings);
    assert.match(renderFinding(preview.findings[0], "en").message, /^Invoice – of Pikassos is already in the ledger/);
  });

  it("of a breakdown the invoices bill only in part, no month in full: the part-billed sum conflicts all the same", () => {
    // February's salaries: 3 600 € invoiced (PIK-007), the breakdown says 7 200 €; added, the 3 600 € would be claimed twice
    const invoiced = ledgerBook([ledgerRow("5.3.2014", "Pikassos", "PIK-007", "1.2.2014", "28.2.2014", "kiinteä", "Palkat", 3600)]);
    const source = { file: "pikassos-2014.csv", importedAt: "2014-04-01 10:00" };
    const month = (line: InvoiceLine) => fiDateOf(line.periodStart ?? 0);
    const only = previewImport(
      invoiced,
      partnerBookFromCsv(utf8(["Pikassos – meno-erittely 2014", "Tilikohta;helmi", "Palkat;7200"].join("\n")), source.file),
      source,
    );
    assert.deepEqual([only.toAdd.length, only.alreadyPresent.length], [0, 0]);
    assert.deepEqual(
      only.conflicts.map((c) => [c.line.line, month(c.line), c.line.net, c.closest.number, c.closest.net, c.differs]),
      [["Palkat", "1.2.2014", 720_000, "PIK-007", 360_000, ["amount"]]],
    );
    assert.deepEqual(
      only.findings.map((f) => [f.code, f.params.fileAmount, f.params.ledgerAmount]),
      [["IMPORT_CONFLICT", { cents: 720_000 }, { cents: 360_000 }]],
    );
    assertMessages(only.findings);
    // beside a month no invoice bills (March): March is added, February still conflicts
    const more = previewImport(
      invoiced,
      partnerBookFromCsv(utf8(["Pikassos – meno-erittely 2014", "Tilikohta;helmi;maalis", "Palkat;7200;7200"].join("\n")), source.file),
      source,
    );
    assert.deepEqual(
      more.toAdd.map((r) => [r.line.line, month(r.line), r.line.net]),
      [["Palkat", "1.3.2014", 720_000]],
    );
    assert.deepEqual(
      more.conflicts.map((c) => [month(c.line), c.closest.number]),
      [["1.2.2014", "PIK-007"]],
    );
    assert.deepEqual(
      more.findings.map((f) => f.code),
      ["IMPORT_CONFLICT"],
    );
  });
});
