import assert from "node:assert/strict";
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
    // a sum the invoices do not bill: the breakdown is the partner's own, and is imported as it is
    const more = previewImport(invoiced, breakdown("7300"), source);
    assert.deepEqual([more.toAdd.length, more.alreadyPresent.length, more.findings.length], [3, 0, 0]);
  });
});
