import assert from "node:assert/strict";
import { checkWorkbook } from "../../src/check/checkWorkbook";
import { costLineOfHeader, monthOfHeader } from "../../src/ledger/across";
import { cellOf } from "../../src/ledger/cell";
import { fiDateOf, parseDate, serialOf } from "../../src/periods";
import { book } from "../support/book";
import { outcomeOf, read } from "../variety/support";

const KUMPPANIT = [
  ["Kumppani", "Laskutustapa", "Alkaa", "Päättyy"],
  ["Pikassos", "kuukausi+tasaus", "1.1.2014", "31.12.2015"],
];

describe("ledger: tables laid out across", () => {
  describe("header cells", () => {
    it("names cost lines in fi/sv/en, with a unit or VAT word, as typed", () => {
      assert.equal(costLineOfHeader("Henkilöstökulut €"), "Henkilöstökulut");
      assert.equal(costLineOfHeader("Resekostnader (moms 0)"), "Resekostnader");
      assert.equal(costLineOfHeader("Travel costs"), "Travel costs");
      assert.equal(costLineOfHeader("Tilikohta"), null);
      assert.equal(costLineOfHeader("Summa"), null);
    });

    it("names months by name, with a year, or as a date on the first of a month; a bare number is no month", () => {
      assert.deepEqual(monthOfHeader("tammi", false), { month: 1, year: null });
      assert.deepEqual(monthOfHeader("maj", false), { month: 5, year: null });
      assert.deepEqual(monthOfHeader("Dec", false), { month: 12, year: null });
      assert.deepEqual(monthOfHeader("1/2014", false), { month: 1, year: 2014 });
      assert.deepEqual(monthOfHeader("2014-03", false), { month: 3, year: 2014 });
      assert.deepEqual(monthOfHeader("huhtikuu 2015", false), { month: 4, year: 2015 });
      assert.deepEqual(monthOfHeader(41640, false), { month: 1, year: 2014 }); // 1.1.2014
      assert.equal(monthOfHeader(41641, false), null);
      assert.equal(monthOfHeader(3, false), null);
      assert.equal(monthOfHeader("3", false), null);
      assert.equal(monthOfHeader("Q1/2014", false), null);
    });

    it("reads a month typed as a date in the workbook's date system: 1.1.2014 is 41640 in the 1900 system, 40178 in the 1904", () => {
      assert.deepEqual(monthOfHeader(40178, true), { month: 1, year: 2014 });
      assert.deepEqual(monthOfHeader(40209, true), { month: 2, year: 2014 });
      // 41640 in the 1904 system is 2.1.2018, no first of a month; 40178 in the 1900 system is 31.12.2009
      assert.equal(monthOfHeader(41640, true), null);
      assert.equal(monthOfHeader(40178, false), null);
      // A year or a count is no month in either system (2014 is 7.7.1909 in the 1904 system)
      assert.equal(monthOfHeader(2014, true), null);
      assert.equal(monthOfHeader(1, true), null);
    });
  });

  describe("a ledger with a column per cost line", () => {
    const sheets = {
      Kumppanit: KUMPPANIT,
      Laskut: [
        [
          "Pvm",
          "Laskuttaja",
          "Laskun nro",
          "Ajalta alkaen",
          "Ajalta päättyen",
          "Henkilöstökulut",
          "Koulutus",
          "Matkakulut",
          "ALV",
          "Yhteensä",
        ],
        ["5.2.2014", "Pikassos", "P-1", "1.1.2014", "31.1.2014", 1000, null, 200, 48, 1200],
        ["5.3.2014", "Pikassos", "P-2", "1.2.2014", "28.2.2014", null, 10, "abc", 0, 10],
        ["5.4.2014", "Pikassos", "P-3", "1.3.2014", "31.3.2014", 0, null, null, null, 0],
        ["5.5.2014", "Pikassos", "P-4", "1.4.2014", "30.4.2014", null, null, null, null, null],
      ],
    };

    it("reads a line per filled cost column, the cost line from its header, a column between cost lines as one", () => {
      const { ledger } = read(sheets);
      assert.deepEqual(
        ledger.invoices.map((l) => [l.number, l.line, l.net, l.vat]),
        [
          ["P-1", "Henkilöstökulut", 100_000, 4000],
          ["P-1", "Matkakulut", 20_000, 800],
          ["P-2", "Koulutus", 1000, 0],
          ["P-3", "Henkilöstökulut", 0, null],
        ],
      );
    });

    it("keeps each value's own cell: findings name the amount's cell, a total column is not reported", () => {
      const { ledger, findings } = read(sheets);
      assert.deepEqual(findings, [
        ["VALUE_NOT_A_NUMBER", "Laskut!H3"],
        ["REQUIRED_MISSING", "Laskut!F5"],
      ]);
      const travel = ledger.invoices[1];
      assert.equal(cellOf(travel.at, "net").cell, "H2");
      assert.equal(cellOf(travel.at, "line").cell, "H2");
      assert.equal(cellOf(travel.at, "number").cell, "C2");
    });
  });

  it("a header over two rows: Ajalta over alkaen | päättyen, Tilikohdat merged over the cost lines", () => {
    const { ledger, findings } = read({
      Laskut: [
        ["Pvm", "Laskuttaja", "Laskun nro", "Ajalta", null, "Tilikohdat", null, null, "ALV"],
        [null, null, null, "alkaen", "päättyen", "Palkat", "Vuokrat", "Matkakulut", null],
        ["5.2.2014", "Pikassos", "P-1", "1.1.2014", "31.1.2014", 1000, 100, null, 0],
      ],
    });
    assert.deepEqual(findings, []);
    assert.deepEqual(
      ledger.invoices.map((l) => [l.number, l.periodStart, l.periodEnd, l.line, l.net]),
      [
        ["P-1", 16071, 16101, "Palkat", 100_000],
        ["P-1", 16071, 16101, "Vuokrat", 10_000],
      ],
    );
  });

  describe("a monthly breakdown with a column per month", () => {
    it("reads a line per month, the year from the title, months past December in the next year", () => {
      const { ledger, findings } = read({
        Kumppanit: KUMPPANIT,
        "Pikassos erittely": [
          ["Pikassos – kuukausierittely 2014"],
          ["Laji", "Tilikohta", "marras", "joulu", "tammi"],
          ["kiinteä", "Palkat", 100, 0, 300],
          ["kiinteä", "Vuokrat", null, null, null],
        ],
      });
      assert.deepEqual(findings, []);
      assert.deepEqual(
        ledger.invoices.map((l) => [l.partner, l.kind, l.line, l.periodStart, l.periodEnd, l.net, l.at.table.columns.net]),
        [
          ["Pikassos", "fixed", "Palkat", 16375, 16404, 10_000, 2],
          ["Pikassos", "fixed", "Palkat", 16436, 16466, 30_000, 4],
        ],
      );
    });

    it("reads months typed as dates the same in a 1904 workbook as in a 1900 one: the same ledger and findings", () => {
      // The same workbook saved in each date system: its dates (the months' headers, the partner's window) are other serials
      const sheets = (date1904: boolean) => {
        const date = (text: string) => serialOf(parseDate(text) ?? Number.NaN, date1904);
        return {
          Kumppanit: [
            ["Kumppani", "Laskutustapa", "Alkaa", "Päättyy"],
            ["Pikassos", "kuukausi+tasaus", date("1.1.2014"), date("31.12.2015")],
          ],
          "Pikassos erittely": [
            ["Laji", "Tilikohta", date("1.11.2014"), date("1.12.2014"), date("1.1.2015")],
            ["kiinteä", "Palkat", 100, 0, 300],
            ["kiinteä", "Vuokrat", 50, null, null],
          ],
        };
      };
      const in1900 = checkWorkbook(book(sheets(false), false));
      const in1904 = checkWorkbook(book(sheets(true), true));
      assert.deepEqual(
        in1904.ledger.invoices.map((l) => [l.partner, l.line, fiDateOf(l.periodStart ?? 0), fiDateOf(l.periodEnd ?? 0), l.net]),
        [
          ["Pikassos", "Palkat", "1.11.2014", "30.11.2014", 10_000],
          ["Pikassos", "Palkat", "1.1.2015", "31.1.2015", 30_000],
          ["Pikassos", "Vuokrat", "1.11.2014", "30.11.2014", 5000],
        ],
      );
      assert.deepEqual(outcomeOf(in1904), outcomeOf(in1900));
      // Each month's column, named as its month (not by its serial, which differs between the systems)
      const months = (result: typeof in1900) =>
        result.ledger.tables.invoices.flatMap((t) => (t.acrossColumns ?? []).map((c) => [t.sheet, c.col, c.year, c.month, c.header]));
      assert.deepEqual(months(in1904), months(in1900));
      assert.deepEqual(
        months(in1904).map((m) => m[4]),
        ["11/2014", "12/2014", "1/2015"],
      );
    });

    it("a summary of costs by month that names no partner is not read as anyone's invoices", () => {
      const summary = {
        Kumppanit: KUMPPANIT,
        "Toteuma 2014": [
          ["Tilikohta", "tammi", "helmi"],
          ["Palkat", 100, 200],
        ],
      };
      const { ledger, findings } = read(summary);
      assert.deepEqual(ledger.invoices, []);
      assert.deepEqual(findings, [["TABLE_NOT_READ", "Toteuma 2014!A1"]], "left unread, but said so once: its costs are not in the checks");
    });

    it("months without a year anywhere are not a breakdown", () => {
      const { ledger } = read({
        Kumppanit: KUMPPANIT,
        Pikassos: [
          ["Tilikohta", "tammi", "helmi"],
          ["Palkat", 100, 200],
        ],
      });
      assert.equal(ledger.tables.invoices.length, 0);
    });
  });

  describe("budgets across", () => {
    it("a column per cost line beside Vuosi and Kumppani", () => {
      const { ledger, findings } = read({
        Budjetti: [
          ["Vuosi", "Kumppani", "Palkat", "Vuokrat"],
          [2014, "Pikassos", 100, 200],
        ],
      });
      assert.deepEqual(findings, []);
      assert.deepEqual(
        ledger.budget.map((b) => [b.year, b.partner, b.line, b.amount]),
        [
          [2014, "Pikassos", "Palkat", 10_000],
          [2014, "Pikassos", "Vuokrat", 20_000],
        ],
      );
    });

    it("partner blocks over years, a total block not read, only on a sheet or under a title that says budget", () => {
      const cells = [
        [null, "Pikassos", null, "Verso", null, "Yhteensä", null],
        ["Tilikohta", 2014, 2015, 2014, 2015, 2014, 2015],
        ["Palkat", 100, 200, 300, 400, 400, 600],
      ];
      const { ledger, findings } = read({ Budjetti: cells });
      assert.deepEqual(findings, []);
      assert.deepEqual(
        ledger.budget.map((b) => [b.year, b.partner, b.line, b.amount, b.at.table.columns.amount]),
        [
          [2014, "Pikassos", "Palkat", 10_000, 1],
          [2015, "Pikassos", "Palkat", 20_000, 2],
          [2014, "Verso", "Palkat", 30_000, 3],
          [2015, "Verso", "Palkat", 40_000, 4],
        ],
      );
      assert.equal(read({ Toteuma: cells }).ledger.budget.length, 0);
    });

    it("a canonical budget and ledger are not read as across", () => {
      const result = checkWorkbook(
        book({
          Budjetti: [
            ["Vuosi", "Kumppani", "Tilikohta", "Summa"],
            [2014, "Pikassos", "Palkat", 100],
            [2014, "Pikassos", "Vuokrat", 100],
          ],
          Laskut: [
            ["Pvm", "Laskuttaja", "Laskun nro", "Kuukausi", "Tilikohta", "Summa"],
            ["5.2.2014", "Pikassos", "P-1", "1/2014", "Palkat", 100],
          ],
        }),
      );
      assert.ok(result.ledger.tables.budget.every((t) => t.acrossColumns === undefined));
      assert.ok(result.ledger.tables.invoices.every((t) => t.acrossColumns === undefined));
    });
  });
});

describe("ledger: a table of costs by month that sums up the ledger", () => {
  const laskut = [
    ["Pvm", "Laskuttaja", "Laskun nro", "Ajalta alkaen", "Ajalta päättyen", "Laji", "Tilikohta", "Summa"],
    ["5.2.2014", "Pikassos", "P-1", "1.1.2014", "31.1.2014", "kiinteä", "Palkat", 100],
    ["5.3.2014", "Pikassos", "P-2", "1.2.2014", "28.2.2014", "kiinteä", "Palkat", 60],
    ["5.3.2014", "Pikassos", "P-3", "1.2.2014", "28.2.2014", "kiinteä", "Palkat", 40],
  ];

  it("is not read when each of its months equals the ledger's (a sheet computed from Laskut)", () => {
    const { ledger, findings } = read({
      Kumppanit: KUMPPANIT,
      Laskut: laskut,
      "Pikassos kuukausittain 2014": [
        ["Laji", "Tilikohta", "tammi", "helmi"],
        ["kiinteä", "Palkat", 100, 100],
      ],
    });
    assert.deepEqual(
      ledger.invoices.map((l) => l.number),
      ["P-1", "P-2", "P-3"],
    );
    assert.deepEqual(findings, [["TABLE_NOT_READ", "Pikassos kuukausittain 2014!A1"]]);
  });

  it("is read when it adds a month the ledger lacks", () => {
    const { ledger } = read({
      Kumppanit: KUMPPANIT,
      Laskut: laskut,
      "Pikassos kuukausittain 2014": [
        ["Laji", "Tilikohta", "tammi", "helmi", "maalis"],
        ["kiinteä", "Palkat", 100, 100, 100],
      ],
    });
    assert.equal(ledger.invoices.length, 6);
  });
});
