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
});
