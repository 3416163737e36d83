import assert from "node:assert/strict";
import { fiDateOf } from "../../src/periods";
import { previewImport } from "../../src/sync/import/importPreview";
import { partnerBookFromCsv } from "../../src/sync/import/partnerFile";
import { ledgerBook, ledgerRow, utf8 } from "./support";

describe("previewImport: a partner's invoice typed as a document", () => {
  const ledger = ledgerBook([ledgerRow("5.10.2015", "Verso", "VER-024", "1.9.2015", "30.9.2015", "kiinteä", "Palkat", 4200)]);
  const source = { file: "verso-2015-10.csv", importedAt: "2015-11-06 10:00" };

  it("imports its lines with the number, date and period typed above them, the biller from the file's name", () => {
    const csv = [
      "Sosiaalialan osaamiskeskus Verso",
      "",
      "Laskun numero;VER-025",
      "Päivämäärä;5.11.2015",
      "Ajalta;1.10.2015-31.10.2015",
      "",
      "Kustannuslaji;Summa;Selite",
      "Palkat;4 200,00 €;Projektikoordinaattori",
      "Vuokrat;350,00 €;Toimitila",
      "Yhteensä;4 550,00 €;",
    ].join("\n");
    const preview = previewImport(ledger, partnerBookFromCsv(utf8(csv), source.file), source);
    assert.deepEqual(preview.findings, []);
    assert.ok(preview.canAppend);
    assert.deepEqual(
      preview.toAdd.map(({ line }) => [
        line.partner,
        line.number,
        fiDateOf(line.date ?? 0),
        fiDateOf(line.periodStart ?? 0),
        line.line,
        line.net,
      ]),
      [
        ["Verso", "VER-025", "5.11.2015", "1.10.2015", "Palkat", 420_000],
        ["Verso", "VER-025", "5.11.2015", "1.10.2015", "Vuokrat", 35_000],
      ],
    );
  });

  it("imports a breakdown with a row per month: a line per filled cost column, its total column not said dropped", () => {
    const csv = ["Verso – meno-erittely 2015", "Kuukausi;Palkat;Vuokrat;Yhteensä", "lokakuu;4200;350;4550", "Yhteensä;4200;350;4550"].join(
      "\n",
    );
    const preview = previewImport(ledger, partnerBookFromCsv(utf8(csv), source.file), source);
    assert.deepEqual(preview.findings, []);
    assert.deepEqual(
      preview.toAdd.map(({ line }) => [line.partner, fiDateOf(line.periodStart ?? 0), line.line, line.net]),
      [
        ["Verso", "1.10.2015", "Palkat", 420_000],
        ["Verso", "1.10.2015", "Vuokrat", 35_000],
      ],
    );
    // September's salaries are billed already by VER-024: that month adds nothing
    const september = ["Verso – meno-erittely 2015", "Kuukausi;Palkat;Vuokrat", "syyskuu;4200;"].join("\n");
    const billed = previewImport(ledger, partnerBookFromCsv(utf8(september), source.file), source);
    assert.deepEqual([billed.toAdd.length, billed.alreadyPresent.length], [0, 1]);
  });

  it("imports a breakdown of a row per month and cost line (Kuukausi | Tilikohta | Summa), not what the ledger already bills", () => {
    const csv = ["Kuukausi;Tilikohta;Summa;Selite", "9/2015;Palkat;4200;", "10/2015;Palkat;4200;", "10/2015;Vuokrat;350;Toimitila"].join(
      "\n",
    );
    const preview = previewImport(ledger, partnerBookFromCsv(utf8(csv), source.file), source);
    assert.deepEqual(
      preview.toAdd.map(({ line }) => [line.partner, line.number, fiDateOf(line.periodStart ?? 0), line.line, line.net]),
      [
        ["Verso", "", "1.10.2015", "Palkat", 420_000],
        ["Verso", "", "1.10.2015", "Vuokrat", 35_000],
      ],
    );
    assert.deepEqual(
      preview.alreadyPresent.map((row) => row.existing.number),
      ["VER-024"],
    );
  });

  it("takes the biller from a title in the genitive, as a ledger sheet's ('Verson meno-erittely')", () => {
    const csv = ["Verson meno-erittely lokakuu 2015", "Kustannuslaji;Summa", "Palkat;4200"].join("\n");
    const preview = previewImport(ledger, partnerBookFromCsv(utf8(csv), "erittely.csv"), { ...source, file: "erittely.csv" });
    assert.deepEqual(
      preview.toAdd.map(({ line }) => [line.partner, line.line, line.net]),
      [["Verso", "Palkat", 420_000]],
    );
  });

  it("adds nothing from a month's breakdown (no invoice number) whose sums the ledger's invoices already bill", () => {
    const csv = ["Verso: meno-erittely syyskuu 2015", "Kustannuslaji;Summa", "Palkat;4200"].join("\n");
    const preview = previewImport(ledger, partnerBookFromCsv(utf8(csv), source.file), source);
    assert.deepEqual([preview.toAdd.length, preview.alreadyPresent.length], [0, 1]);
    assert.deepEqual(
      preview.findings.map((f) => [f.code, f.params.why]),
      [["TABLE_NOT_READ", "summary"]],
    );
  });
});
