import assert from "node:assert/strict";
import { officeHost } from "../../taskpane/office";
import { planReads } from "../../taskpane/office/read";
import { installFakeOffice } from "../support/fakeOffice";
import type { InstalledFake } from "../support/fakeOffice";
import type { FakeBookInit } from "../support/fakeOffice";
import { bookWith, fromA1, laskut, sheetNamed } from "./support";

describe("taskpane/office read() over the fake Office host", () => {
  let installed: InstalledFake | undefined;
  const install = (book: FakeBookInit, options = {}) => (installed = installFakeOffice(book, options)).fake;
  afterEach(() => installed?.uninstall());

  it("reads a 10-row and a 100 000-row Laskut in the same number of syncs, at most 3", async function () {
    this.timeout(60_000);
    const counts: number[] = [];
    for (const rows of [10, 100_000]) {
      const fake = install(bookWith({ Hanke: [["Hanke", "LasSe"]], Laskut: laskut(rows) }));
      const data = await officeHost().read();
      assert.equal(sheetNamed(data.sheets, "Laskut").cells.length, rows + 1);
      counts.push(fake.syncCount);
      installed!.uninstall();
    }
    assert.equal(counts[0], counts[1]);
    assert.ok(counts[0] <= 3, `${counts[0]} syncs`);
  });

  it("gives back exactly the fake's workbook: values, origin, errors, booleans, hidden sheets, date1904", async () => {
    const book = bookWith(
      {
        Laskut: laskut(3).map((row, r) => (r === 2 ? row.map((v, c) => (c === 8 ? { error: "#REF!" } : v)) : row)),
        Muistiinpanot: [
          [],
          [],
          [null, null, "otsikko"],
          [null, null, 1.5, true, { error: "#N/A" }],
          [null, null, null, "=ei kaava", "'lainaus"],
        ],
        Tyhjä: [],
      },
      true,
    );
    const fake = install(book);
    fake.sheets[1].visibility = "Hidden";
    const data = await officeHost().read();
    assert.equal(data.date1904, true);
    assert.deepEqual(
      data.sheets.map((s) => [s.name, s.hidden ?? false]),
      [
        ["Laskut", false],
        ["Muistiinpanot", true],
        ["Tyhjä", false],
      ],
    );
    for (const sheet of book.sheets) assert.deepEqual(fromA1(sheetNamed(data.sheets, sheet.name)), fromA1(sheet), sheet.name);
    const notes = sheetNamed(data.sheets, "Muistiinpanot");
    assert.deepEqual(notes.origin, { row: 2, col: 2 }, "origin from the used range");
    assert.deepEqual(notes.cells[1], [1.5, true, { error: "#N/A" }]);
    assert.deepEqual(sheetNamed(data.sheets, "Laskut").cells[2][8], { error: "#REF!" });
    assert.equal(sheetNamed(data.sheets, "Laskut").origin, undefined, "no origin for A1");
    assert.deepEqual(sheetNamed(data.sheets, "Tyhjä").cells, []);
  });

  it("takes the 1900 date system on a host without ExcelApi 1.16, in the same syncs", async () => {
    const fake = install(bookWith({ Laskut: laskut(2) }, true), { excelApi: "1.12" });
    const data = await officeHost().read();
    assert.equal(data.date1904, false);
    assert.equal(fake.syncCount, 3);
  });

  it("reads in row chunks when the used range is over the cell limit, one sync per chunk group", async () => {
    const book = bookWith({ Hanke: [["Hanke", "LasSe"]], Laskut: laskut(2_000) });
    const fake = install(book);
    const progress: [number, number][] = [];
    const data = await officeHost({ readLimits: { maxCellsPerSync: 2_600 } }).read((done, total) => progress.push([done, total]));
    for (const sheet of book.sheets) assert.deepEqual(fromA1(sheetNamed(data.sheets, sheet.name)), fromA1(sheet), sheet.name);
    const groups = planReads(
      [
        { rowIndex: 0, columnIndex: 0, rowCount: 1, columnCount: 2 },
        { rowIndex: 0, columnIndex: 0, rowCount: 2_001, columnCount: 13 },
      ],
      2_600,
    );
    assert.equal(groups.length, 11);
    assert.equal(fake.syncCount, 2 + groups.length);
    assert.deepEqual(progress[0], [0, 2_002]);
    assert.deepEqual(progress[progress.length - 1], [2_002, 2_002]);
    assert.ok(
      progress.every(([done], i) => i === 0 || done > progress[i - 1][0]),
      "progress grows",
    );
  });

  it("falls back to chunks when Office refuses the response as too big (Excel on the web's 5 MB), reading the same", async () => {
    const book = bookWith({ Laskut: laskut(5_000) });
    const fake = install(book, { limits: { responseBytes: 200_000 } });
    const data = await officeHost({ readLimits: { maxPayloadBytes: 200_000 } }).read();
    assert.deepEqual(fromA1(sheetNamed(data.sheets, "Laskut")), fromA1(book.sheets[0]));
    // 3 syncs, the refused one, then one per chunk of 200 000 / 16 cells
    assert.equal(fake.failedSyncs, 1);
    assert.equal(fake.syncCount, 3 + Math.ceil(5_001 / Math.floor(10_000 / 13)));
  });

  it("on Excel on the web reads in groups under the 5 MB cap from the start, sized by what a cell took: no refused sync", async () => {
    const book = bookWith({ Hanke: [["Hanke", "LasSe"]], Laskut: laskut(20_000) });
    const fake = install(book, { platform: "OfficeOnline", limits: { responseBytes: 500_000 } });
    const data = await officeHost({ readLimits: { maxPayloadBytes: 500_000 } }).read();
    for (const sheet of book.sheets) assert.deepEqual(fromA1(sheetNamed(data.sheets, sheet.name)), fromA1(sheet), sheet.name);
    assert.equal(fake.failedSyncs, 0);
    const bytes = JSON.stringify(laskut(20_000)).length;
    assert.ok(fake.syncCount <= 2 + Math.ceil(bytes / (500_000 * 0.8)) + 1, `${fake.syncCount} syncs for ${bytes} bytes`);
  });

  it("plans whole sheets into one request and cuts only what does not fit", () => {
    const used = [
      { rowIndex: 0, columnIndex: 0, rowCount: 10, columnCount: 10 },
      null,
      { rowIndex: 5, columnIndex: 1, rowCount: 30, columnCount: 10 },
    ];
    assert.deepEqual(planReads(used, 1_000), [
      [
        { sheet: 0, rowOffset: 0, rowCount: 10 },
        { sheet: 2, rowOffset: 0, rowCount: 30 },
      ],
    ]);
    assert.deepEqual(planReads(used, 200), [
      [
        { sheet: 0, rowOffset: 0, rowCount: 10 },
        { sheet: 2, rowOffset: 0, rowCount: 10 },
      ],
      [{ sheet: 2, rowOffset: 10, rowCount: 20 }],
    ]);
  });

  it("says Office's display language, fi-FI by default", () => {
    install(bookWith({ A: [] }), { displayLanguage: "sv-FI" });
    assert.equal(officeHost().displayLanguage(), "sv-FI");
    installed!.uninstall();
    installed = undefined;
    assert.equal(officeHost().displayLanguage(), "fi-FI");
  });
});

describe("taskpane/office read() on a host that claims ExcelApi 1.16 without use1904DateSystem", () => {
  it("reads again without it: one sync more, the 1900 system", async () => {
    const { fake, uninstall } = installFakeOffice(bookWith({ Laskut: laskut(2) }));
    try {
      fake.failNextSync("ApiNotFound", "The requested API could not be found.");
      const data = await officeHost().read();
      assert.equal(data.date1904, false);
      assert.equal(sheetNamed(data.sheets, "Laskut").cells.length, 3);
      assert.equal(fake.syncCount, 4);
    } finally {
      uninstall();
    }
  });
});
