import assert from "node:assert/strict";
import fc from "fast-check";
import { buildLedger } from "../../src/ledger/build";
import type { InvoiceLine } from "../../src/ledger/model";
import { renderFinding } from "../../src/findings/render";
import { toCsv } from "../../src/workbook/csv";
import type { CsvField } from "../../src/workbook/csv";
import { invoicesCsv } from "../../src/sync/import/exportCsv";
import { importKey, sameImportValues } from "../../src/ledger/fingerprint";
import { applyImport, rowsToAppend } from "../../src/sync/import/importBlocks";
import { previewImport } from "../../src/sync/import/importPreview";
import { LedgerRows } from "../../src/sync/import/rowMatching";
import { checkWorkbook } from "../../src/check/checkWorkbook";
import type { Finding } from "../../src/findings/finding";
import type { ImportPreview } from "../../src/sync/import/importTypes";
import { partnerBookFromCsv } from "../../src/sync/import/partnerFile";
import type { CellValue, WorkbookData } from "../../src/workbook/types";
import { book } from "../support/book";
import { assertMessages } from "../support/rendered";
import { throughXlsx } from "../support/xlsx";
import { LASKUT, ledgerBook, ledgerRow, serial, utf8 } from "./support";

const SOURCE = { file: "pikassos-2014.csv", importedAt: "2014-03-01 10:00" };
const csvFile = (rows: CsvField[][], name = SOURCE.file) => partnerBookFromCsv(utf8(toCsv(rows)), name);
const PARTNER_HEADER = [
  "Laskun pvm",
  "Laskuttaja",
  "Laskun numero",
  "Ajalta alkaen",
  "Ajalta päättyen",
  "Tilikohta",
  "Summa (ALV 0)",
  "ALV",
  "Selite",
];
const codes = (p: ImportPreview) => p.findings.map((f) => [f.code, `${f.sheet}!${f.cell}`]);

describe("previewImport", () => {
  const ledger = ledgerBook([
    ledgerRow("5.1.2014", "Pikassos", "PIK-005", "1.12.2013", "31.12.2013", "kiinteä", "Palkat", 7200),
    ledgerRow("5.1.2014", "Pikassos", "PIK-005", "1.12.2013", "31.12.2013", "kiinteä", "Vuokrat", 450),
  ]);

  it("sorts the partner's rows into new, already present, conflicts and bad ones, and writes nothing", () => {
    const file = csvFile([
      PARTNER_HEADER,
      ["5.1.2014", "Pikassos", "PIK-005", "1.12.2013", "31.12.2013", "Palkat", "7 200,00", "0", "joulukuu"], // present (reformatted)
      ["5.1.2014", "PIKASSOS", "pik-005", "2013-12-01", "2013-12-31", "Vuokrat", "450", "", "vuokra"], // present (other spelling)
      ["5.1.2014", "Pikassos", "PIK-005", "1.12.2013", "31.12.2013", "Vuokrat", "450,00", "0", "vuokra toiseen kertaan"], // conflict: the ledger has it once
      ["5.2.2014", "Pikassos", "PIK-006", "1.1.2014", "31.1.2014", "Palkat", "7 200,00", "0", "tammikuu"], // new
      ["5.2.2014", "Pikassos", "PIK-007", "1.1.2014", "31.1.2014", "Palkat", "12,3,4", "0", "rikki"], // bad amount
    ]);
    const before = JSON.stringify(ledger);
    const preview = previewImport(ledger, file, SOURCE);
    assert.equal(JSON.stringify(ledger), before);
    assert.deepEqual(
      preview.toAdd.map((r) => r.source),
      ["5"],
    );
    assert.deepEqual(
      preview.alreadyPresent.map((r) => [r.source, r.existing.at.row]),
      [
        ["2", 1],
        ["3", 2],
      ],
    );
    assert.deepEqual(
      preview.conflicts.map((r) => [r.source, r.differs]),
      [["4", ["duplicate"]]],
    );
    assert.deepEqual(
      preview.bad.map((r) => [r.source, r.findings.map((f) => f.code)]),
      [["6", ["VALUE_NOT_A_NUMBER"]]],
    );
    assert.deepEqual(codes(preview), [
      ["IMPORT_CONFLICT", `pikassos-2014!C4`],
      ["VALUE_NOT_A_NUMBER", `pikassos-2014!G6`],
    ]);
    assertMessages(preview.findings);
  });

  it("appends below the table in its column order, with the provenance columns added to its right", () => {
    const preview = previewImport(
      ledger,
      csvFile([PARTNER_HEADER, ["5.2.2014", "Pikassos", "PIK-006", "1.1.2014", "31.1.2014", "Palkat", "7 200,00", "0", "=tammikuu"]]),
      SOURCE,
    );
    assert.deepEqual(preview.target, {
      sheet: "Laskut",
      headerRow: 0,
      firstCol: 0,
      firstRow: 3,
      headers: [...LASKUT, "Lähdetiedosto", "Lähderivi", "Tuotu"],
      newHeaders: [
        { col: 13, text: "Lähdetiedosto" },
        { col: 14, text: "Lähderivi" },
        { col: 15, text: "Tuotu" },
      ],
    });
    assert.deepEqual(rowsToAppend(preview), [
      [
        { date: 16_106 },
        "Pikassos",
        "PIK-006",
        { date: 16_071 },
        { date: 16_101 },
        null,
        "Palkat",
        { money: 720_000 },
        { money: 0 },
        null,
        null,
        null,
        "=tammikuu",
        "pikassos-2014.csv",
        "2",
        "2014-03-01 10:00",
      ],
    ]);
    const after = buildLedger(applyImport(ledger, preview)).ledger;
    assert.equal(after.invoices.length, 3);
    assert.equal(after.invoices[2].description, "=tammikuu");
    assert.deepEqual(Object.keys(after.tables.invoices[0].columns).slice(-3), ["sourceFile", "sourceRow", "importedAt"]);
  });

  it("fills in the biller for a breakdown without a Laskuttaja column (--partner)", () => {
    const rows = [
      ["Laskun numero", "Ajalta", "Tilikohta", "Summa"],
      ["PIK-006", "1/2014", "Palkat", "7200"],
    ];
    const unnamed = { ...SOURCE, file: "kulut-2014.csv" };
    const without = previewImport(ledger, csvFile(rows, unnamed.file), unnamed);
    assert.equal(without.toAdd.length, 0);
    assert.ok(without.findings.some((f) => f.code === "REQUIRED_MISSING"));
    const withPartner = previewImport(ledger, csvFile(rows, unnamed.file), { ...unnamed, partner: "Pikassos" });
    assert.deepEqual(
      withPartner.toAdd.map((r) => [r.line.partner, r.line.periodStart, r.line.periodEnd]),
      [["Pikassos", serial("1.1.2014") - 25_569, serial("31.1.2014") - 25_569]],
    );
    assert.deepEqual(withPartner.findings, []);
  });

  it("writes --partner as Kumppanit spells it, and says before writing that a --partner names no partner", () => {
    const rows = [
      ["Laskun numero", "Ajalta", "Tilikohta", "Summa"],
      ["PIK-006", "1/2014", "Palkat", "7200"],
    ];
    const unnamed = { ...SOURCE, file: "kulut-2014.csv" };
    const spelt = previewImport(ledger, csvFile(rows, unnamed.file), { ...unnamed, partner: "pikassos oy" });
    assert.deepEqual(
      spelt.toAdd.map((r) => r.line.partner),
      ["Pikassos"],
    );
    assert.equal(spelt.source.partner, "Pikassos");
    assert.deepEqual(spelt.findings, []);
    const typo = previewImport(ledger, csvFile(rows, unnamed.file), { ...unnamed, partner: "Pikasos" });
    assert.deepEqual(
      typo.toAdd.map((r) => r.line.partner),
      ["Pikasos"],
    );
    assert.deepEqual(
      typo.findings.map((f) => [f.code, f.severity, f.params.partner, f.params.rows, f.params.suggestion]),
      [["INVOICE_UNKNOWN_PARTNER", "warning", "Pikasos", 1, "Pikassos"]],
    );
    assertMessages(typo.findings);
    // a biller the file names: once per biller, at its first row; a legal form or another case is no other name
    const billers = csvFile([
      ["Laskuttaja", "Laskun numero", "Ajalta", "Tilikohta", "Summa"],
      ["Verso ry", "V-6", "1/2014", "Palkat", "100"],
      ["Versso", "V-7", "1/2014", "Palkat", "100"],
      ["Versso", "V-7", "1/2014", "Vuokrat", "100"],
    ]);
    assert.deepEqual(
      codes(previewImport(ledger, billers, SOURCE)).concat(
        previewImport(ledger, billers, SOURCE).findings.map((f) => [String(f.params.rows), String(f.params.suggestion)]),
      ),
      [
        ["INVOICE_UNKNOWN_PARTNER", "pikassos-2014!A3"],
        ["2", "Verso"],
      ],
    );
  });

  describe("takes the biller of a breakdown without a Laskuttaja column from the partner the file names", () => {
    const rows = [
      ["Laskun numero", "Ajalta", "Tilikohta", "Summa"],
      ["X-6", "1/2014", "Palkat", "7200"],
    ];
    const billers = (p: ImportPreview) => p.toAdd.map((r) => r.line.partner);
    const fileNamed = (file: string) => previewImport(ledger, csvFile(rows, file), { ...SOURCE, file });

    it("by its file name, in any case and with a date beside it", () => {
      assert.deepEqual(billers(fileNamed("pikassos-2014-01.csv")), ["Pikassos"]);
      assert.deepEqual(billers(fileNamed("Menot_SONET_BOTNIA 1-2014.csv")), ["SONet BOTNIA"]);
      assert.equal(fileNamed("pikassos-2014-01.csv").source.partner, "Pikassos");
    });

    const titled = (title: string, file: string) =>
      previewImport(ledger, partnerBookFromCsv(utf8(toCsv([[title], [], ...rows])), file), { ...SOURCE, file });

    it("by a title above the table (Finnish, Swedish, English)", () => {
      for (const title of ["Verso ry – meno-erittely 1/2014", "Verso: utgiftsspecifikation", "Verso expenses January 2014"])
        assert.deepEqual(billers(titled(title, "kulut.csv")), ["Verso"], title);
    });

    it("not when the title and the file name name different partners", () => {
      const both = titled("Verso ry – meno-erittely 1/2014", "pikassos-kopio.csv");
      assert.deepEqual(billers(both), []);
      assert.ok(both.findings.some((f) => f.code === "REQUIRED_MISSING"));
    });

    it("by the sheet of an .xlsx partner file", () => {
      const xlsx = book({ Verso: rows });
      assert.deepEqual(billers(previewImport(ledger, xlsx, { ...SOURCE, file: "tammikuu.xlsx" })), ["Verso"]);
    });

    it("never by a name that fits two partners or only part of a word, and never over --partner", () => {
      assert.deepEqual(billers(fileNamed("pikassos-verso-2014.csv")), []);
      assert.deepEqual(billers(fileNamed("versot-2014.csv")), []);
      assert.deepEqual(billers(previewImport(ledger, csvFile(rows, "verso.csv"), { ...SOURCE, file: "verso.csv", partner: "Pikassos" })), [
        "Pikassos",
      ]);
    });

    it("never over a Laskuttaja column the file has", () => {
      const withColumn = [
        ["Laskuttaja", "Laskun numero", "Ajalta", "Tilikohta", "Summa"],
        ["Verso", "X-6", "1/2014", "Palkat", "7200"],
      ];
      assert.deepEqual(billers(previewImport(ledger, csvFile(withColumn, "pikassos.csv"), { ...SOURCE, file: "pikassos.csv" })), ["Verso"]);
    });
  });

  it("reads Swedish and English headers in any order", () => {
    const sv = csvFile([
      ["Belopp", "Faktureringsperiod", "Fakturanummer", "Fakturerare", "Kostnadsslag"],
      ["100", "3/2014", "X-1", "Verso", "Hyror"],
    ]);
    const en = csvFile([
      ["Invoice number", "Supplier", "Amount", "Period start", "Period end", "Cost line"],
      ["X-1", "Verso", "100.00", "2014-03-01", "2014-03-31", "Hyror"],
    ]);
    const invoicer = csvFile([
      ["Invoice no.", "Invoicer", "Net amount", "Period from", "Period to", "Cost line"],
      ["X-1", "Verso", "100.00", "2014-03-01", "2014-03-31", "Hyror"],
    ]);
    const a = previewImport(ledger, sv, SOURCE).toAdd[0].cells;
    const b = previewImport(ledger, en, SOURCE).toAdd[0].cells;
    const c = previewImport(ledger, invoicer, SOURCE).toAdd[0].cells;
    assert.deepEqual(a.slice(0, 13), b.slice(0, 13));
    assert.deepEqual(c.slice(0, 13), b.slice(0, 13));
  });

  describe("a row of an invoice the ledger has, matching none of its rows", () => {
    const line = (cost: string, amount: string, start = "1.12.2013", end = "31.12.2013"): CsvField[] => [
      "5.1.2014",
      "Pikassos",
      "PIK-005",
      start,
      end,
      cost,
      amount,
      "0",
      "",
    ];

    it("is a line added to the invoice when the file has every ledger row of it too: it is added, in the file's order", () => {
      const file = csvFile([
        PARTNER_HEADER,
        line("Palkat", "7 200,00"),
        line("Aineet", "20,00"),
        line("Vuokrat", "450,00"),
        line("Matkat", "35,50", "1.11.2013", "30.11.2013"),
      ]);
      const preview = previewImport(ledger, file, SOURCE);
      assert.deepEqual(
        preview.toAdd.map((r) => [r.source, r.line.line, r.line.net]),
        [
          ["3", "Aineet", 2000],
          ["5", "Matkat", 3550],
        ],
      );
      assert.deepEqual(
        preview.alreadyPresent.map((r) => r.source),
        ["2", "4"],
      );
      assert.deepEqual([preview.conflicts.length, preview.findings.length], [0, 0]);
      // Written, the invoice is the file's: importing the file again adds nothing
      const again = previewImport(applyImport(ledger, preview), file, SOURCE);
      assert.deepEqual([again.toAdd.length, again.alreadyPresent.length, again.conflicts.length], [0, 4, 0]);
    });

    it("conflicts when a ledger row of the invoice is not in the file (the new row may be that one changed)", () => {
      const preview = previewImport(ledger, csvFile([PARTNER_HEADER, line("Palkat", "7 200,00"), line("Aineet", "20,00")]), SOURCE);
      assert.deepEqual(
        preview.conflicts.map((c) => [c.source, c.differs]),
        [["3", ["amount", "line"]]],
      );
      assert.deepEqual(preview.toAdd, []);
      assert.deepEqual(codes(preview), [["IMPORT_CONFLICT", "pikassos-2014!C3"]]);
    });

    it("conflicts when it repeats a row the ledger has once, although the file has every ledger row", () => {
      const preview = previewImport(
        ledger,
        csvFile([PARTNER_HEADER, line("Palkat", "7 200,00"), line("Vuokrat", "450,00"), line("Vuokrat", "450,00")]),
        SOURCE,
      );
      assert.deepEqual(
        preview.conflicts.map((c) => [c.source, c.differs]),
        [["4", ["duplicate"]]],
      );
      assert.deepEqual(preview.toAdd, []);
    });
  });

  it("adds the same row twice in an invoice new to the ledger, as billed, saying INVOICE_DUPLICATE before it is written", () => {
    const file = csvFile([
      PARTNER_HEADER,
      ["5.2.2014", "Pikassos", "PIK-006", "1.1.2014", "31.1.2014", "Vuokrat", "450,00", "0", "vuokra"],
      ["5.2.2014", "Pikassos", "PIK-006", "1.1.2014", "31.1.2014", "Palkat", "7 200,00", "0", ""],
      ["5.2.2014", "Pikassos", "PIK-006", "1.1.2014", "31.1.2014", "Vuokrat", "450,00", "0", "vuokra"],
      ["5.3.2014", "Pikassos", "PIK-007", "1.2.2014", "28.2.2014", "Vuokrat", "450,00", "0", "vuokra"],
    ]);
    const preview = previewImport(ledger, file, SOURCE);
    assert.deepEqual(
      preview.toAdd.map((r) => r.source),
      ["2", "3", "4", "5"],
    );
    assert.deepEqual(codes(preview), [["INVOICE_DUPLICATE", "pikassos-2014!G4"]]);
    assert.equal(preview.findings[0].params.first, "pikassos-2014!G2");
    assertMessages(preview.findings);
    // kaste check says the same of the ledger written
    const written = buildLedger(applyImport(ledger, preview));
    assert.ok(written.ledger.invoices.filter((l) => l.number === "PIK-006" && l.line === "Vuokrat").length === 2);
  });

  it("says INVOICE_DUPLICATE of a new invoice's rows as kaste check says it of the ledger written, not of rows of another Laji", () => {
    const header = ["Laskun pvm", "Laskuttaja", "Laskun numero", "Ajalta alkaen", "Ajalta päättyen", "Laji", "Tilikohta", "Summa (ALV 0)"];
    const duplicates = (l: { findings: readonly Finding[] }) =>
      l.findings.filter((f) => f.code === "INVOICE_DUPLICATE").map((f) => [f.params.what, f.params.number]);
    // PIK-006: a fixed row and an adjustment (tasaus) of the same amount, no copy; PIK-008: a row twice;
    // PIK-009: the same row on two invoice dates
    const file = csvFile([
      header,
      ["5.2.2014", "Pikassos", "PIK-006", "1.1.2014", "31.1.2014", "kiinteä", "Vuokrat", "450,00"],
      ["5.2.2014", "Pikassos", "PIK-006", "1.1.2014", "31.1.2014", "tasaus", "Vuokrat", "450,00"],
      ["5.4.2014", "Pikassos", "PIK-008", "1.3.2014", "31.3.2014", "kiinteä", "Vuokrat", "450,00"],
      ["5.4.2014", "Pikassos", "PIK-008", "1.3.2014", "31.3.2014", "kiinteä", "Vuokrat", "450,00"],
      ["5.5.2014", "Pikassos", "PIK-009", "1.4.2014", "30.4.2014", "kiinteä", "Vuokrat", "450,00"],
      ["7.5.2014", "Pikassos", "PIK-009", "1.4.2014", "30.4.2014", "kiinteä", "Vuokrat", "450,00"],
    ]);
    const preview = previewImport(ledger, file, SOURCE);
    assert.equal(preview.toAdd.length, 6);
    assert.deepEqual(duplicates(preview), [
      ["line", "PIK-008"],
      ["date", "PIK-009"],
    ]);
    assert.deepEqual(codes(preview), [
      ["INVOICE_DUPLICATE", "pikassos-2014!H5"],
      ["INVOICE_DUPLICATE", "pikassos-2014!A7"],
    ]);
    assertMessages(preview.findings);
    const checked = checkWorkbook(applyImport(ledger, preview));
    assert.deepEqual(duplicates(checked), duplicates(preview));
  });

  it("asks once per ledger invoice whether the file has all of its rows, however many rows it adds to it", () => {
    const added = ["Matkat", "Koulutus", "Tarvikkeet", "Puhelin"].map((cost, i) => [
      "5.1.2014",
      "Pikassos",
      "PIK-005",
      "1.12.2013",
      "31.12.2013",
      cost,
      `${10 + i},00`,
      "0",
      "",
    ]);
    const file = csvFile([
      PARTNER_HEADER,
      ["5.1.2014", "Pikassos", "PIK-005", "1.12.2013", "31.12.2013", "Palkat", "7 200,00", "0", ""],
      ["5.1.2014", "Pikassos", "PIK-005", "1.12.2013", "31.12.2013", "Vuokrat", "450,00", "0", ""],
      ...added,
    ]);
    const original = Object.getOwnPropertyDescriptor(LedgerRows.prototype, "allAnswered");
    assert.ok(original);
    let asked = 0;
    const allAnswered = original.value as LedgerRows["allAnswered"];
    LedgerRows.prototype.allAnswered = function (this: LedgerRows, ...args: Parameters<LedgerRows["allAnswered"]>) {
      asked++;
      return allAnswered.apply(this, args);
    };
    try {
      const preview = previewImport(ledger, file, SOURCE);
      assert.deepEqual(
        preview.toAdd.map((r) => r.line.line),
        ["Matkat", "Koulutus", "Tarvikkeet", "Puhelin"],
      );
      assert.equal(asked, 1);
    } finally {
      Object.defineProperty(LedgerRows.prototype, "allAnswered", original);
    }
  });

  it("reports a conflict for each way a row can differ from the ledger's invoice", () => {
    const file = csvFile([
      PARTNER_HEADER,
      ["5.1.2014", "Pikassos", "PIK-005", "1.12.2013", "31.12.2013", "Palkat", "7 300,00", "0", "summa"],
      ["5.1.2014", "Pikassos", "PIK-005", "1.11.2013", "30.11.2013", "Vuokrat", "450,00", "0", "jakso"],
      ["5.1.2014", "Pikassos", "PIK-005", "1.12.2013", "31.12.2013", "Palkat", "7 200,00", "0", "sama"],
      ["5.1.2014", "Pikassos", "PIK-005", "1.12.2013", "31.12.2013", "Palkat", "7 200,00", "0", "sama toiseen kertaan"],
    ]);
    const preview = previewImport(ledger, file, SOURCE);
    assert.deepEqual(
      preview.conflicts.map((c) => [c.source, c.differs]),
      [
        ["2", ["amount"]],
        ["3", ["period"]],
        ["5", ["duplicate"]],
      ],
    );
    assert.deepEqual(
      preview.alreadyPresent.map((r) => r.source),
      ["4"],
    );
    assert.match(renderFinding(preview.findings[0], "fi").message, /tiedostossa 7\s300,00\s€.*kirjanpidossa 7\s200,00\s€/);
    assertMessages(preview.findings);
  });

  it("lists a broken CSV row and a row with values right of the last header as bad, and imports the rest", () => {
    const text = `${PARTNER_HEADER.join(";")}\n5.2.2014;Pikassos;PIK-006;1.1.2014;31.1.2014;Palkat;7200;0;"auki\n5.2.2014;Pikassos;PIK-007;1.1.2014;31.1.2014;Palkat;7200;0;ok\n5.2.2014;Pikassos;PIK-008;1.1.2014;31.1.2014;Palkat;7200,00;0;x;liikaa\n`;
    const preview = previewImport(ledger, partnerBookFromCsv(utf8(text), "p.csv"), SOURCE);
    assert.deepEqual(
      preview.toAdd.map((r) => r.line.number),
      ["PIK-007"],
    );
    assert.deepEqual(
      preview.bad.map((b) => [b.source, b.findings.map((f) => `${f.code}:${f.params.what}`)]),
      [
        ["2", ["IMPORT_ROW_BROKEN:quotes"]],
        ["4", ["IMPORT_ROW_BROKEN:fields"]],
      ],
    );
    assertMessages(preview.findings);
  });

  it("imports no row of a file that lacks a required column, and says so once, at its header", () => {
    // No Ajalta päättyen: written, every row would be REQUIRED_MISSING in the ledger
    const file = csvFile([
      ["Laskuttaja", "Laskun pvm", "Laskun numero", "Ajalta alkaen", "Tilikohta", "Summa (ALV 0)"],
      ["Pikassos", "5.2.2014", "PIK-006", "1.1.2014", "Palkat", "7200"],
      ["Pikassos", "5.2.2014", "PIK-006", "1.1.2014", "Vuokrat", "450"],
    ]);
    const preview = previewImport(ledger, file, SOURCE);
    assert.deepEqual(preview.toAdd, []);
    assert.deepEqual(
      preview.bad.map((b) => [b.source, b.findings.map((f) => `${f.code}@${f.cell}`)]),
      [
        ["2", ["REQUIRED_MISSING@A1"]],
        ["3", ["REQUIRED_MISSING@A1"]],
      ],
    );
    assert.deepEqual(codes(preview), [["REQUIRED_MISSING", "pikassos-2014!A1"]]);
    assert.match(renderFinding(preview.findings[0], "fi").message, /Ajalta päättyen/);
  });

  it("imports a row once from a workbook whose summary sheet repeats its month sheets, the copies bad", () => {
    const header = ["Laskuttaja", "Laskun numero", "Ajalta alkaen", "Ajalta päättyen", "Tilikohta", "Summa (ALV 0)", "ALV"];
    const feb = [
      ["Verso", "V-2", "1.2.2014", "28.2.2014", "Palkat", 3800, 0],
      ["Verso", "V-2", "1.2.2014", "28.2.2014", "Vuokrat", 300, 0],
    ];
    const mar = [["Verso", "V-3", "1.3.2014", "31.3.2014", "Palkat", 3800, 0]];
    const partner = book({ Helmikuu: [header, ...feb], Maaliskuu: [header, ...mar], "Kaikki laskut": [header, ...feb, ...mar] });
    const preview = previewImport(ledger, partner, SOURCE);
    assert.deepEqual(
      preview.toAdd.map((r) => r.source),
      ["Helmikuu!2", "Helmikuu!3", "Maaliskuu!2"],
    );
    assert.deepEqual(
      preview.bad.map((b) => [b.source, b.findings.map((f) => `${f.code}:${String(f.params.first)}`)]),
      [
        ["Kaikki laskut!2", ["INVOICE_DUPLICATE:Helmikuu!F2"]],
        ["Kaikki laskut!3", ["INVOICE_DUPLICATE:Helmikuu!F3"]],
        ["Kaikki laskut!4", ["INVOICE_DUPLICATE:Maaliskuu!F2"]],
      ],
    );
    assert.deepEqual(codes(preview), [
      ["INVOICE_DUPLICATE", "Kaikki laskut!F2"],
      ["INVOICE_DUPLICATE", "Kaikki laskut!F3"],
      ["INVOICE_DUPLICATE", "Kaikki laskut!F4"],
    ]);
    assertMessages(preview.findings);
    // imported, the workbook adds nothing the second time and says the same of the copies
    const again = previewImport(applyImport(ledger, preview), partner, SOURCE);
    assert.deepEqual([again.toAdd.length, again.alreadyPresent.length, again.conflicts.length, again.bad.length], [0, 3, 0, 3]);
  });

  it("does not call a column dropped whose values it reads into another (an account as the cost line, a credit against the amount)", () => {
    const file = csvFile([
      ["Laskuttaja", "Tosite", "Laskun numero", "Ajalta", "Tili", "Debet", "Kredit"],
      ["Verso", "1", "V-9", "1/2014", "Palkat", "3800", ""],
      ["Verso", "2", "V-9", "1/2014", "Vuokrat", "", "100"],
    ]);
    const preview = previewImport(ledger, file, SOURCE);
    assert.deepEqual(
      preview.toAdd.map((r) => [r.line.line, r.line.net]),
      [
        ["Palkat", 380_000],
        ["Vuokrat", -10_000],
      ],
    );
    // the voucher number is not kept; the account and the credit are
    assert.deepEqual(codes(preview), [["IMPORT_COLUMN_DROPPED", "pikassos-2014!B1"]]);
    // with a cost line of its own, the file's account is not read and is dropped
    const both = csvFile([
      ["Laskuttaja", "Laskun numero", "Ajalta", "Tilikohta", "Tili", "Summa"],
      ["Verso", "V-9", "1/2014", "Palkat", "4100", "3800"],
    ]);
    assert.deepEqual(codes(previewImport(ledger, both, SOURCE)), [["IMPORT_COLUMN_DROPPED", "pikassos-2014!E1"]]);
  });

  it("imports an invoice whole: its rows wait while one of them is bad, and all come in from the corrected file", () => {
    const rows = (amount: string) => [
      PARTNER_HEADER,
      ["5.2.2014", "Verso", "V-10", "1.1.2014", "31.1.2014", "Palkat", amount, "0", ""],
      ["5.2.2014", "Verso", "V-10", "1.1.2014", "31.1.2014", "Vuokrat", "300", "0", ""],
      ["5.2.2014", "Verso", "V-11", "1.1.2014", "31.1.2014", "Palkat", "100", "0", ""],
    ];
    const first = previewImport(ledger, csvFile(rows("3 8OO,00")), SOURCE);
    assert.deepEqual(
      first.toAdd.map((r) => r.line.number),
      ["V-11"],
    );
    assert.deepEqual(
      first.bad.map((b) => [b.source, b.findings.map((f) => f.code)]),
      [
        ["2", ["VALUE_NOT_A_NUMBER"]],
        ["3", ["IMPORT_INVOICE_HELD"]],
      ],
    );
    const held = first.findings.find((f) => f.code === "IMPORT_INVOICE_HELD");
    assert.deepEqual([held?.cell, held?.params.bad], ["C3", "pikassos-2014!G2"]);
    assertMessages(first.findings);
    assert.match(renderFinding(held!, "fi").message, /laskun V-10 toinen rivi on virheellinen \(pikassos-2014!G2\)/);
    // the partner's corrected file: the whole invoice comes in, nothing conflicts
    const corrected = previewImport(applyImport(ledger, first), csvFile(rows("3 800,00")), SOURCE);
    assert.deepEqual(
      corrected.toAdd.map((r) => [r.line.number, r.line.line]),
      [
        ["V-10", "Palkat"],
        ["V-10", "Vuokrat"],
      ],
    );
    assert.deepEqual([corrected.alreadyPresent.length, corrected.conflicts.length, corrected.bad.length], [1, 0, 0]);
  });

  it("says no INVOICE_DUPLICATE of the rows of an invoice held for a bad row: none of them is written", () => {
    const file = csvFile([
      PARTNER_HEADER,
      ["5.2.2014", "Verso", "V-10", "1.1.2014", "31.1.2014", "Palkat", "3 8OO,00", "0", ""],
      ["5.2.2014", "Verso", "V-10", "1.1.2014", "31.1.2014", "Vuokrat", "300", "0", ""],
      ["5.2.2014", "Verso", "V-10", "1.1.2014", "31.1.2014", "Vuokrat", "300", "0", ""],
    ]);
    const preview = previewImport(ledger, file, SOURCE);
    assert.deepEqual(preview.toAdd, []);
    assert.deepEqual(
      preview.findings.map((f) => f.code),
      ["VALUE_NOT_A_NUMBER", "IMPORT_INVOICE_HELD", "IMPORT_INVOICE_HELD"],
    );
  });

  it("refuses a VAT-inclusive amount it cannot make net, and makes net one it can", () => {
    const file = csvFile([
      ["Laskuttaja", "Laskun numero", "Ajalta", "Summa sis. ALV", "ALV"],
      ["Verso", "V-1", "3/2014", "124,00", "24,00"],
      ["Verso", "V-2", "3/2014", "124,00", ""],
    ]);
    const preview = previewImport(ledger, file, SOURCE);
    assert.deepEqual(
      preview.toAdd.map((r) => [r.line.number, r.cells[7], r.cells[8]]),
      [["V-1", { money: 10_000 }, { money: 2_400 }]],
    );
    assert.deepEqual(
      preview.bad.map((b) => b.findings[0].code),
      ["IMPORT_NET_UNKNOWN"],
    );
  });

  it("says which columns of the partner file have no place in Laskut, and copies kept columns of the same name", () => {
    const withProject = ledgerBook([]);
    (withProject.sheets[2].cells[0] as CellValue[]).push("Projektikoodi");
    const file = csvFile([
      ["Laskuttaja", "Laskun numero", "Ajalta", "Summa", "Projektikoodi", "Hankenumero"],
      ["Verso", "V-1", "3/2014", "1", "P-7", "H-1"],
    ]);
    const preview = previewImport(withProject, file, SOURCE);
    assert.deepEqual(codes(preview), [["IMPORT_COLUMN_DROPPED", `${"pikassos-2014"}!F1`]]);
    assert.equal(preview.toAdd[0].cells[13], "P-7");
  });

  it("reports a missing ledger table, and a partner file without an invoice table", () => {
    const noLedger = previewImport(
      book({ Hanke: [["Hanke", "x"]] }),
      csvFile([PARTNER_HEADER, ["5.2.2014", "Verso", "1", "1.1.2014", "31.1.2014", "Palkat", "1", "0", ""]]),
      SOURCE,
    );
    assert.equal(noLedger.canAppend, false);
    assert.equal(noLedger.toAdd.length, 1);
    assert.deepEqual(codes(noLedger), [["TABLE_NOT_FOUND", "!"]]);
    assert.throws(() => rowsToAppend(noLedger));
    const noTable = previewImport(
      ledger,
      csvFile([
        ["nimi", "osoite"],
        ["a", "b"],
      ]),
      SOURCE,
    );
    assert.deepEqual(codes(noTable), [["TABLE_NOT_FOUND", "pikassos-2014!"]]);
    // the ledger's own table was found: the preview names it (a coordinator is not told the ledger has no Laskut)
    assert.deepEqual([noTable.target?.sheet, noTable.target?.firstRow, noTable.canAppend], ["Laskut", 3, false]);
    assert.deepEqual(codes(noLedger), [["TABLE_NOT_FOUND", "!"]]);
  });

  it("appends below a total row, and stops at a table right below", () => {
    const rows = [
      ledgerRow("5.1.2014", "Verso", "V-1", "1.12.2013", "31.12.2013", "kiinteä", "Palkat", 100),
      ["Yhteensä", null, null, null, null, null, null, 100],
    ];
    const file = csvFile([PARTNER_HEADER, ["5.2.2014", "Verso", "V-2", "1.1.2014", "31.1.2014", "Palkat", "1", "0", ""]]);
    assert.equal(previewImport(ledgerBook(rows), file, SOURCE).target!.firstRow, 3);
    const crowded = ledgerBook([
      ...rows,
      ["Vuosi", "Kunta", "Maksaja", null, null, null, null, "Summa"],
      [2014, "Tampere", "Tampere", null, null, null, null, 5],
    ]);
    const preview = previewImport(crowded, file, SOURCE);
    assert.equal(preview.canAppend, false);
    assert.deepEqual(codes(preview), [["IMPORT_TARGET_FULL", "Laskut!A4"]]);
  });

  it("into a ledger whose invoice table is laid out across: says the import needs a row per line, not that the table is missing", () => {
    const across = book({
      Kumppanit: [
        ["Kumppani", "Laskutustapa", "Alkaa", "Päättyy"],
        ["Pikassos", "kuukausi+tasaus", serial("1.1.2014"), serial("31.12.2015")],
      ],
      Laskut: [
        ["Pvm", "Laskuttaja", "Laskun nro", "Ajalta alkaen", "Ajalta päättyen", "Henkilöstökulut", "Koulutus", "Matkakulut", "ALV"],
        [serial("5.2.2014"), "Pikassos", "P-1", serial("1.1.2014"), serial("31.1.2014"), 1000, null, 200, 48],
      ],
    });
    assert.ok(
      buildLedger(across).ledger.tables.invoices.some((t) => t.acrossColumns),
      "the table is read as across",
    );
    const file = csvFile([PARTNER_HEADER, ["5.3.2014", "Pikassos", "P-2", "1.2.2014", "28.2.2014", "Palkat", "10", "0", ""]]);
    const preview = previewImport(across, file, SOURCE);
    assert.equal(preview.canAppend, false);
    assert.equal(preview.target, null);
    assert.deepEqual(codes(preview), [["IMPORT_TARGET_ACROSS", "Laskut!A1"]]);
    assert.match(renderFinding(preview.findings[0], "fi").message, /laskutaulukko on poikittain .* yksi laskurivi riviä kohden/);
    assert.match(renderFinding(preview.findings[0], "sv").message, /på tvären .* en fakturarad per rad/);
    assert.match(renderFinding(preview.findings[0], "en").message, /laid out across .* one line per row/);
  });

  it("reads an .xlsx partner file like a CSV one", async () => {
    const xlsx = await throughXlsx([
      {
        name: "Erittely",
        rows: [
          ["Meno-erittelykooste 3/2014"],
          [],
          PARTNER_HEADER,
          [{ date: 16_136 }, "Verso", "V-9", { date: 16_130 }, { date: 16_160 }, "Palkat", 3800, 0, "maaliskuu"],
        ],
      },
    ]);
    const preview = previewImport(ledger, xlsx, { file: "verso.xlsx", importedAt: "x" });
    assert.deepEqual(
      preview.toAdd.map((r) => [r.source, r.line.number, r.line.net]),
      [["4", "V-9", 380_000]],
    );
  });
});

// --- Idempotence: importing twice is importing once --------------------------------------

const PARTNERS = ["Pikassos", "PIKASSOS", "Verso", "SONet BOTNIA"];
const LINES = ["Palkat", "Vuokrat", "palkat", "Aineet, tarvikkeet ja tavarat", ""];
const euros = (cents: number) =>
  `${cents < 0 ? "-" : ""}${Math.floor(Math.abs(cents) / 100)},${String(Math.abs(cents) % 100).padStart(2, "0")}`;

const partnerRow = fc.record({
  partner: fc.constantFrom(...PARTNERS),
  number: fc.constantFrom("", "A-1", "A-2", "A-3", "B-1"),
  month: fc.integer({ min: 1, max: 12 }),
  line: fc.constantFrom(...LINES),
  cents: fc.integer({ min: -50_000, max: 2_000_000 }),
  vat: fc.constantFrom(0, 2_400, null),
  text: fc.constantFrom("", "palkka", "=1+1", "-korjaus", "Närpiö; Vörå", 'lainaus "x"'),
  textAmount: fc.boolean(),
  broken: fc.constantFrom(false, false, false, false, true),
});
type PartnerRow = typeof partnerRow extends fc.Arbitrary<infer T> ? T : never;

function fileOf(rows: readonly PartnerRow[]): CsvField[][] {
  return [
    PARTNER_HEADER,
    ...rows.map((r): CsvField[] => [
      `5.${r.month}.2014`,
      r.partner,
      r.number,
      `1.${r.month}.2014`,
      `${new Date(Date.UTC(2014, r.month, 0)).getUTCDate()}.${r.month}.2014`,
      r.line,
      r.broken ? "1,2,3" : r.textAmount ? euros(r.cents) : { money: r.cents },
      r.vat === null ? null : { money: r.vat },
      r.text,
    ]),
  ];
}

describe("importing twice is importing once (property)", () => {
  it("the second import adds nothing and leaves the workbook as the first left it", () => {
    fc.assert(
      fc.property(fc.array(partnerRow, { maxLength: 25 }), fc.array(partnerRow, { maxLength: 8 }), (fileRows, ledgerRows) => {
        const start = applyImport(
          ledgerBook([]),
          previewImport(ledgerBook([]), csvFile(fileOf(ledgerRows.filter((r) => !r.broken))), { file: "old.csv", importedAt: "t0" }),
        );
        const file = csvFile(fileOf(fileRows));
        const first = previewImport(start, file, SOURCE);
        assert.equal(first.toAdd.length + first.alreadyPresent.length + first.conflicts.length + first.bad.length, fileRows.length);
        const once = applyImport(start, first);
        const second = previewImport(once, file, SOURCE);
        assert.equal(second.toAdd.length, 0);
        assert.equal(second.alreadyPresent.length, first.alreadyPresent.length + first.toAdd.length);
        assert.equal(second.conflicts.length, first.conflicts.length);
        assert.equal(second.bad.length, first.bad.length);
        assert.deepEqual(applyImport(once, second), once);
      }),
      { numRuns: 150 },
    );
  });
});

// --- Round trip: import, export, re-import: nothing lost ----------------------------------

/** Everything a ledger row says, without where it stands. */
function contentOf(lines: readonly InvoiceLine[]): object[] {
  return lines.map(({ at: _at, ...values }) => values);
}

describe("import → export → re-import", () => {
  it("gives back every value of every row, formula-looking text and negative amounts included", () => {
    fc.assert(
      fc.property(
        fc.array(
          partnerRow.filter((r) => !r.broken),
          { minLength: 1, maxLength: 20 },
        ),
        (rows) => {
          const empty = ledgerBook([]);
          const imported = applyImport(empty, previewImport(empty, csvFile(fileOf(rows)), SOURCE));
          const exported = invoicesCsv(imported);
          // The exported file goes back into an empty ledger: the same rows, value for value
          const again = applyImport(
            empty,
            previewImport(empty, partnerBookFromCsv(utf8(`\ufeff${exported}`), "export.csv"), { file: "export.csv", importedAt: "t1" }),
          );
          assert.deepEqual(contentOf(buildLedger(again).ledger.invoices), contentOf(buildLedger(imported).ledger.invoices));
          // ... and into the ledger it came from: all already there
          const back = previewImport(imported, partnerBookFromCsv(utf8(exported), "export.csv"), SOURCE);
          assert.equal(back.toAdd.length + back.conflicts.length, 0);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("the export escapes formula-looking text and keeps amounts as numbers", () => {
    const wb: WorkbookData = ledgerBook([
      [
        serial("5.1.2014"),
        "Verso",
        "=2+2",
        serial("1.12.2013"),
        serial("31.12.2013"),
        "tasaus",
        "@Palkat",
        -123.45,
        0,
        "kyllä",
        "+A",
        "-B",
        '=HYPERLINK("http://x")',
      ],
    ]);
    const line = invoicesCsv(wb).split("\r\n")[1];
    assert.equal(
      line,
      `5.1.2014;Verso;'=2+2;1.12.2013;31.12.2013;tasaus;'@Palkat;-123,45;0,00;kyllä;'+A;'-B;"'=HYPERLINK(""http://x"")";;;`,
    );
  });
});

describe("matching a partner row to a ledger row without key texts", () => {
  it("sameImportValues says what comparing importKeys says, for rows of one invoice (property)", () => {
    const cents = fc.option(fc.constantFrom(0, 100, 2_400, 10_000, 12_400, -2_400), { nil: null });
    const day = fc.option(fc.constantFrom(16_071, 16_101, 16_102), { nil: null });
    const row = fc
      .record({
        periodStart: day,
        periodEnd: day,
        net: cents,
        vat: cents,
        gross: cents,
        line: fc.constantFrom("Palkat", "palkat", " PALKAT ", "Vuokrat", ""),
      })
      .map((r) => ({ ...r, partner: "Verso", number: "VER-1", date: null, kind: null, eligible: true }));
    fc.assert(
      fc.property(row, row, (a, b) => sameImportValues(a, b) === (importKey(a) === importKey(b))),
      { numRuns: 5_000 },
    );
  });
});

describe("matching rows of a big invoice (looked up by key past 16 rows)", () => {
  for (const size of [10, 40]) {
    it(`an invoice of ${size} rows: each ledger row answers for one file row, in order`, () => {
      // Two identical rows in the ledger; the file has that row three times: the third is a duplicate
      const months = Array.from({ length: size }, (_, i) => 1 + (i % 12));
      const ledgerRows = months.map((m, i) =>
        ledgerRow(
          "5.1.2015",
          "Verso",
          "VER-9",
          `1.${m}.2014`,
          `${new Date(Date.UTC(2014, m, 0)).getUTCDate()}.${m}.2014`,
          "toteuma",
          i === 1 ? "Palkat" : `Tili ${i}`,
          i === 1 ? 100 : 1_000 + i,
        ),
      );
      ledgerRows.push(ledgerRows[1]);
      // The same rows as the partner writes them: other case and spaces, Finnish dates, cents
      const fi = (serialDay: CellValue) =>
        new Date(((serialDay as number) - 25_569) * 86_400_000).toLocaleDateString("fi-FI", { timeZone: "UTC" });
      const file = ledgerRows.map((r): CsvField[] => [
        "5.1.2015",
        "verso",
        " ver-9",
        fi(r[3]),
        fi(r[4]),
        String(r[6]).toUpperCase(),
        { money: Math.round((r[7] as number) * 100) },
        { money: 0 },
        "",
      ]);
      file.push(file[1]);
      const preview = previewImport(ledgerBook(ledgerRows), csvFile([PARTNER_HEADER, ...file]), SOURCE);
      assert.equal(preview.alreadyPresent.length, size + 1);
      assert.deepEqual(
        preview.conflicts.map((c) => [c.source, c.differs]),
        [[String(size + 3), ["duplicate"]]],
      );
      assert.equal(preview.toAdd.length, 0);
      // each present row is paired with its own ledger row
      assert.deepEqual(
        preview.alreadyPresent.map((p) => p.existing.at.row),
        Array.from({ length: size + 1 }, (_, i) => i + 1),
      );
    });
  }
});
