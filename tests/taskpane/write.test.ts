import assert from "node:assert/strict";
import { officeHost, canonicalSheets, HostError } from "../../taskpane/office";
import type { ReportSheet } from "../../taskpane/host";
import { STRINGS } from "../../taskpane/i18n";
import { errorText } from "../../taskpane/ui/errors";
import { dayFromYmd, serialOf } from "../../src/periods";
import { writeBlocks } from "../../src/workbook/cells";
import type { OutBlock } from "../../src/workbook/cells";
import { templateSheets } from "../../src/ledger/template";
import { installFakeOffice } from "../support/fakeOffice";
import type { FakeBookInit, InstalledFake } from "../support/fakeOffice";
import { bookWith, fromA1, laskut, sheetNamed } from "./support";

describe("taskpane/office writes over the fake Office host", () => {
  let installed: InstalledFake | undefined;
  const install = (book: FakeBookInit, options = {}) => (installed = installFakeOffice(book, options)).fake;
  afterEach(() => installed?.uninstall());
  const others = (fake: ReturnType<typeof install>, except: string) => fake.snapshot().sheets.filter((s) => s.name !== except);

  it("selects a cell: activates its sheet and selects it, in one sync", async () => {
    const fake = install(bookWith({ Hanke: [["Hanke"]], Laskut: laskut(3) }));
    await officeHost().select("Laskut", "G3");
    assert.deepEqual(fake.selected, { sheet: "Laskut", cell: "G3" });
    assert.equal(fake.activeSheet?.name, "Laskut");
    await officeHost().select("Laskut", "A3:F3");
    assert.deepEqual(fake.selected, { sheet: "Laskut", cell: "A3:F3" });
    assert.equal(fake.syncCount, 2);
  });

  it("writes one cell and nothing else; text that looks like a formula or a number stays text", async () => {
    const fake = install(bookWith({ Hanke: [["Hanke", "LasSe"]], Laskut: laskut(3) }));
    const before = others(fake, "Laskut");
    const host = officeHost();
    await host.writeCell("Laskut", "I3", 24.5);
    await host.writeCell("Laskut", "M2", '=HYPERLINK("http://x")');
    await host.writeCell("Laskut", "M3", "1,5");
    await host.writeCell("Laskut", "M4", "'Sotkamo");
    const laskutSheet = fake.sheet("Laskut")!;
    assert.equal(laskutSheet.cells[2][8], 24.5);
    assert.equal(laskutSheet.cells[1][12], '=HYPERLINK("http://x")');
    assert.equal(laskutSheet.formulas.size, 0, "no formula was made");
    assert.equal(laskutSheet.cells[2][12], "1,5");
    assert.equal(laskutSheet.cells[3][12], "'Sotkamo");
    assert.deepEqual(others(fake, "Laskut"), before);
    assert.equal(fake.syncCount, 4);
  });

  it("writes blocks as the pure writeBlocks does, with formats, calculation suspended, in three syncs (check, keep, write)", async () => {
    const book = bookWith({ Hanke: [["Hanke", "LasSe"]], Laskut: laskut(3) });
    const fake = install(book, { calculate: (formula: string) => (formula === "SUM(H2:H4)" ? 3041.5 : null) });
    fake.sheet("Laskut")!.numberFormats.set("3,7", "#,##0.00");
    fake.sheet("Laskut")!.bold.add("3,1");
    const before = others(fake, "Laskut");
    const day = dayFromYmd(2014, 3, 31);
    const blocks: OutBlock[] = [
      {
        sheet: "Laskut",
        row: 4,
        col: 0,
        styleFromAbove: true,
        rows: [
          [{ date: day }, "Verso", "-korjaus", { date: day - 30 }, { date: day }, "tasaus", "Palkat", { money: 123456 }, null, "kyllä"],
          [null, "Pikassos"],
        ],
      },
      { sheet: "Laskut", row: 7, col: 7, rows: [[{ formula: "SUM(H2:H4)", result: 3041.5, format: "money" }, { percent: 750_000 }]] },
    ];
    await officeHost().writeBlocks(blocks);
    const laskutSheet = fake.sheet("Laskut")!;
    assert.deepEqual(
      fromA1({ cells: laskutSheet.cells }),
      fromA1(sheetNamed(writeBlocks({ date1904: false, sheets: book.sheets }, blocks).sheets, "Laskut")),
    );
    assert.equal(laskutSheet.cells[4][2], "-korjaus", "escaped, not a formula");
    assert.equal(laskutSheet.formulas.get("7,7"), "=SUM(H2:H4)");
    assert.equal(laskutSheet.numberFormats.get("4,0"), "d.m.yyyy");
    assert.equal(laskutSheet.numberFormats.get("4,7"), "#,##0.00");
    assert.equal(laskutSheet.numberFormats.get("7,8"), "0 %");
    assert.ok(laskutSheet.bold.has("4,1"), "the row above's bold was copied");
    assert.equal(laskutSheet.cells[4][0], serialOf(day, false));
    assert.deepEqual(fake.suspended, { calculation: 1, screenUpdating: 1 });
    assert.deepEqual(others(fake, "Laskut"), before);
    assert.equal(fake.syncCount, 3);
  });

  it("writes days in the 1904 system when the workbook uses it", async () => {
    const fake = install(bookWith({ Laskut: laskut(1) }, true));
    const day = dayFromYmd(2014, 3, 31);
    await officeHost().writeBlocks([{ sheet: "Laskut", row: 2, col: 0, rows: [[{ date: day }]] }]);
    assert.equal(fake.sheet("Laskut")!.cells[2][0], serialOf(day, true));
  });

  it("writes nothing when a block's sheet is missing, even after a good block", async () => {
    const fake = install(bookWith({ Laskut: laskut(2) }));
    const before = fake.snapshot();
    await assert.rejects(
      officeHost().writeBlocks([
        { sheet: "Laskut", row: 3, col: 0, rows: [["x"]] },
        { sheet: "Laskut 2014", row: 1, col: 0, rows: [["y"]] },
      ]),
      // The pane adds "nothing was written" to every refusal: once
      (error: unknown) =>
        error instanceof HostError &&
        error.code === "ItemNotFound" &&
        /Laskut 2014/.test(error.fi) &&
        errorText(error, "en", STRINGS.en) === "No such sheet: Laskut 2014. Nothing was written.",
    );
    assert.deepEqual(fake.snapshot(), before);
  });

  it("leaves the workbook unchanged when Office fails the request, and says so in Finnish and English", async () => {
    const fake = install(bookWith({ Laskut: laskut(2) }));
    const before = fake.snapshot();
    fake.failNextSync("InvalidOperationInCellEditMode", "The operation is not allowed in cell edit mode.");
    await assert.rejects(officeHost().writeCell("Laskut", "A2", 1), (error: unknown) => {
      assert.ok(error instanceof HostError);
      assert.equal(error.code, "InvalidOperationInCellEditMode");
      assert.match(error.fi, /muokkaustilassa/);
      assert.match(error.en, /editing a cell/);
      return true;
    });
    fake.failNextSync("AccessDenied", "The sheet is protected.");
    await assert.rejects(
      officeHost().writeSheet({ name: "KASTE-tarkistus", rows: [["KASTE Ledger: tarkistus"]] }),
      (error: unknown) => error instanceof HostError && /suojattu/.test(error.fi),
    );
    fake.failNextSync();
    await assert.rejects(officeHost().read(), (error: unknown) => error instanceof HostError && error.code === "GeneralException");
    assert.deepEqual(fake.snapshot(), before);
  });

  it("puts the cells back when Office fails in the middle of writing blocks", async () => {
    const fake = install(bookWith({ Hanke: [["Hanke", "LasSe"]], Laskut: laskut(4) }), {
      calculate: (formula: string) => (formula === "H3*0.24" ? 0 : null),
    });
    const laskutSheet = fake.sheet("Laskut")!;
    laskutSheet.formulas.set("2,8", "=H3*0.24");
    laskutSheet.numberFormats.set("2,7", "#,##0.00");
    laskutSheet.cells[3][12] = "=ei kaava vaan teksti";
    const before = fake.snapshot();
    // two blocks are written, then Office fails at the third
    fake.failCommand("Range.values", "GeneralException", "Lost the connection.", 2);
    await assert.rejects(
      officeHost().writeBlocks([
        { sheet: "Laskut", row: 2, col: 7, rows: [[{ money: 100 }, 24]] },
        { sheet: "Laskut", row: 3, col: 10, rows: [["Asta", "Heikki", "uusi"]] },
        { sheet: "Hanke", row: 1, col: 0, rows: [["Hallinnoija", "Tampere"]] },
      ]),
      (error: unknown) => error instanceof HostError && error.code === "GeneralException",
    );
    assert.deepEqual(fake.snapshot(), before);
  });

  it("deletes the sheets it added when Office fails inserting tables or a new report", async () => {
    const fake = install(bookWith({ Taul1: [] }));
    const before = fake.snapshot();
    fake.failCommand("Table.name", "GeneralException", "Lost the connection.");
    await assert.rejects(
      officeHost().insertTables(canonicalSheets()),
      (error: unknown) => error instanceof HostError && error.code === "GeneralException",
    );
    assert.deepEqual(fake.snapshot(), before);
    fake.failCommand("Chart.", "GeneralException", "Lost the connection.");
    await assert.rejects(officeHost().writeSheet(report(2)), HostError);
    assert.deepEqual(fake.snapshot(), before);
  });

  function report(rows: number): ReportSheet {
    return reportOf(rows);
  }

  const reportOf = (rows: number): ReportSheet => ({
    name: "KASTE-tarkistus",
    rows: [
      ["KASTE Ledger: tarkistus"],
      ["Vakavuus", "Koodi", "Välilehti", "Solu"],
      ...Array.from({ length: rows }, (_, i) => ["virhe", "VAT_UNKNOWN", "Laskut", `I${i + 2}`]),
      ["Kumppani", "Käyttö"],
      ["Verso", { percent: 880_000 }],
    ],
    boldRows: [0, 1],
    widths: [12, 30],
    links: Array.from({ length: rows }, (_, i) => ({ row: 2 + i, col: 3, target: { sheet: "Laskut", cell: `I${i + 2}` } })),
    chart: { title: "Käyttö", firstRow: rows + 2, lastRow: rows + 3, firstCol: 0, lastCol: 1 },
  });

  it("writes a report sheet with bold rows, widths, links and a bar chart; a re-run replaces only that sheet", async () => {
    const fake = install(bookWith({ Hanke: [["Hanke", "LasSe"]], Laskut: laskut(5) }));
    const before = fake.snapshot().sheets;
    await officeHost().writeSheet(report(4));
    let sheet = fake.sheet("KASTE-tarkistus")!;
    assert.equal(sheet.cells.length, 8);
    assert.deepEqual(sheet.hyperlinks.get("2,3"), { documentReference: "'Laskut'!I2", textToDisplay: "I2", screenTip: "Laskut!I2" });
    assert.equal(sheet.charts.length, 1);
    assert.equal(sheet.charts[0].type, "BarClustered");
    assert.equal(sheet.charts[0].source, "'KASTE-tarkistus'!A7:B8");
    assert.equal(sheet.charts[0].title, "Käyttö");
    assert.ok(sheet.bold.has("1,3"));
    assert.equal(sheet.columnWidths.get(1), 161.25);
    assert.equal(sheet.numberFormats.get("7,1"), "0 %");

    await officeHost().writeSheet(report(1));
    sheet = fake.sheet("KASTE-tarkistus")!;
    assert.deepEqual(fromA1({ cells: sheet.cells }).length, 5, "the longer first report is gone");
    assert.equal(sheet.hyperlinks.size, 1);
    assert.equal(sheet.charts.length, 1);
    assert.equal(sheet.charts[0].source, "'KASTE-tarkistus'!A4:B5");
    assert.deepEqual(
      fake.snapshot().sheets.filter((s) => s.name !== "KASTE-tarkistus"),
      before,
    );
    assert.equal(fake.sheets.filter((s) => s.name === "KASTE-tarkistus").length, 1);
  });

  it("never empties a sheet of that name she keeps herself; a blank one or its own is written", async () => {
    const fake = install(bookWith({ Laskut: laskut(2), "KASTE-tarkistus": [["Omat muistiinpanot"], ["soita Versoon"]], Asetukset: [] }));
    const before = fake.snapshot().sheets;
    const refused = await officeHost()
      .writeSheet(report(2))
      .then(
        () => null,
        (error: unknown) => error,
      );
    assert.ok(refused instanceof HostError);
    assert.equal(refused.code, "SheetNotOurs");
    assert.match(refused.fi, /oma välilehti KASTE-tarkistus.*Mitään ei kirjoitettu/);
    assert.match(refused.en, /own sheet KASTE-tarkistus/);
    assert.deepEqual(fake.snapshot().sheets, before, "nothing changed");

    await officeHost().writeSheet({ name: "Asetukset", rows: [["Toleranssi", 1]] });
    assert.deepEqual(fromA1({ cells: fake.sheet("Asetukset")!.cells }), [["Toleranssi", 1]], "a blank sheet of that name is written");
  });

  it("writes a hidden sheet hidden", async () => {
    const fake = install(bookWith({ Laskut: laskut(1) }));
    await officeHost().writeSheet({ name: "KASTE-haetut", rows: [["KASTE Ledger: haetut"]], hidden: true });
    assert.equal(fake.sheet("KASTE-haetut")!.visibility, "Hidden");
  });

  it("inserts the canonical sheets as Excel tables (key/value sheets as plain rows), and refuses when a sheet exists", async () => {
    const fake = install(bookWith({ Taul1: [] }));
    await officeHost().insertTables(canonicalSheets());
    const names = templateSheets().map((s) => s.name);
    assert.deepEqual(
      fake.sheets.map((s) => s.name),
      ["Taul1", ...names],
    );
    const tables = fake.sheets.flatMap((s) => s.tables.map((t) => `${s.name}:${t.name}:${t.address}`));
    assert.deepEqual(
      tables.map((t) => t.split(":")[0]),
      templateSheets()
        .filter((s) => s.table)
        .map((s) => s.name),
    );
    assert.ok(tables.includes("Laskut:Laskut:Laskut!A1:M2"), tables.join(", "));
    for (const sheet of templateSheets())
      assert.deepEqual(fromA1({ cells: fake.sheet(sheet.name)!.cells }), fromA1({ cells: sheet.rows }), sheet.name);
    assert.equal(fake.syncCount, 2);

    const before = fake.snapshot();
    await assert.rejects(
      officeHost().insertTables(canonicalSheets()),
      (error: unknown) => error instanceof HostError && error.code === "SheetExists" && /Hanke/.test(error.fi),
    );
    assert.deepEqual(fake.snapshot(), before);
  });
});
