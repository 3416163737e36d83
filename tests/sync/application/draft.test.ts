import assert from "node:assert/strict";
import { lasseSheets } from "../../../examples/lasse";
import { checkWorkbook } from "../../../src/check/checkWorkbook";
import type { Finding } from "../../../src/findings/finding";
import { dayFromYmd, serialOf } from "../../../src/periods";
import { draftApplication } from "../../../src/sync/application/application";
import { applyMarkSent, markSent } from "../../../src/sync/application/markSent";
import { unmarkSent } from "../../../src/sync/application/unmarkSent";
import { renderMessage } from "../../../src/findings/render";
import { applicationCsv } from "../../../src/sync/application/text";
import { addSheet } from "../../../src/workbook/cells";
import type { CellValue } from "../../../src/workbook/types";
import { throughXlsx } from "../../support/xlsx";
import { ledgerBook, ledgerRow, serial, trickyBook } from "../support";

const PERIOD = { start: dayFromYmd(2014, 1, 1), end: dayFromYmd(2014, 10, 31) };
const AS_OF = dayFromYmd(2014, 11, 30);

describe("draftApplication", () => {
  it("is blocked by errors unless overridden, and an override is written on the sheet", () => {
    const book = trickyBook();
    const errors = checkWorkbook(book, { asOf: AS_OF }).findings.filter((f) => f.severity === "error");
    assert.ok(errors.length > 0);
    assert.equal(draftApplication(book, PERIOD, { asOf: AS_OF }).blocked, true);
    const overridden = draftApplication(book, PERIOD, { asOf: AS_OF, override: true });
    assert.equal(overridden.blocked, false);
    assert.match(String(overridden.sheet.rows[5][1]), /^OHITETTU: \d+ virhettä \(/);
    assert.match(String(draftApplication(book, PERIOD, { asOf: AS_OF, override: true, lang: "en" }).sheet.rows[5][1]), /^OVERRIDDEN: /);
  });

  it("adds a sheet the checks skip: the draft's rows are never read back as invoices", async () => {
    const book = await throughXlsx(lasseSheets());
    const draft = draftApplication(book, { start: dayFromYmd(2015, 1, 1), end: dayFromYmd(2015, 10, 31) });
    assert.equal(draft.blocked, false);
    const before = checkWorkbook(book).findings;
    const after = checkWorkbook(addSheet(book, draft.sheet)).findings;
    assert.deepEqual(after, before);
    assert.equal(draft.sheet.name, "Maksatushakemus 2015");
  });

  it("writes CSV with values, amounts as numbers and formula-looking text escaped", () => {
    const book = trickyBook();
    const sheet = book.sheets.find((s) => s.name === "Laskut")!;
    const cells: CellValue[][] = sheet.cells.map((row) => [...row]);
    cells[4][6] = "=SUM(A1)";
    const draft = draftApplication({ ...book, sheets: book.sheets.map((s) => (s === sheet ? { ...s, cells } : s)) }, PERIOD, {
      asOf: AS_OF,
      override: true,
    });
    const csv = applicationCsv(draft);
    assert.match(csv, /^KASTE Ledger: maksatushakemus 2, 1\.1\.2014–31\.10\.2014 \(luonnos\)\r\n/);
    assert.match(csv, /\r\nPikassos;'=SUM\(A1\);100,10;100,10;0,00\r\n/);
    assert.match(csv, /\r\nHakemuskausi;1\.1\.2014;31\.10\.2014\r\n/);
  });

  it("is of the project's days: --period 2015 of LasSe (ending 31.10.2015) is its application 3, 1.1.–31.10.2015", async () => {
    const book = await throughXlsx(lasseSheets());
    const year = { start: dayFromYmd(2015, 1, 1), end: dayFromYmd(2015, 12, 31) };
    const exact = { start: dayFromYmd(2015, 1, 1), end: dayFromYmd(2015, 10, 31) };
    const draft = draftApplication(book, year, { asOf: AS_OF });
    assert.equal(draft.blocked, false, draft.errors.map((f) => f.code).join());
    assert.deepEqual(draft.figures.period, exact);
    assert.deepEqual(draft.figures, draftApplication(book, exact, { asOf: AS_OF }).figures);
    assert.equal(draft.figures.number, "3");
    assert.deepEqual(draft.sheet.rows[2].slice(1), [{ date: exact.start }, { date: exact.end }]);
    // The first year likewise from the project's start, 1.4.2013
    assert.equal(
      draftApplication(book, { start: dayFromYmd(2013, 1, 1), end: dayFromYmd(2013, 12, 31) }, { asOf: AS_OF }).figures.number,
      "1",
    );
    // Marked as sent as drafted, and the mark taken off by the same --period
    const plan = markSent(book, year, { asOf: AS_OF });
    assert.deepEqual([plan.claim.start, plan.claim.end, plan.addsApplicationRow], [exact.start, exact.end, false]);
    const sent = applyMarkSent(book, plan);
    assert.equal(unmarkSent(sent, year).claim?.number, "3");
  });

  describe("its period against the other applications", () => {
    const rows = [
      ledgerRow("5.2.2014", "Pikassos", "P1", "1.1.2014", "31.1.2014", "toteuma", "Palkat", 1000.01),
      ledgerRow("5.6.2014", "Pikassos", "P2", "1.5.2014", "31.5.2014", "toteuma", "Palkat", 2000.02),
      ledgerRow("5.12.2014", "Pikassos", "P3", "1.11.2014", "30.11.2014", "toteuma", "Palkat", 3000.03),
      ledgerRow("5.12.2014", "Pikassos", "P3H", "1.11.2014", "30.11.2014", "toteuma", "Palkat", -500.5),
    ];
    const applied = {
      Maksatukset: [
        ["Nro", "Ajalta alkaen", "Ajalta päättyen", "Haettu", "Maksettu", "Lähetetty"],
        ["1", serial("1.4.2013"), serial("31.12.2013"), 0, 0, serial("28.2.2014")],
        ["2", serial("1.1.2014"), serial("31.10.2014"), 2250.02, 2250.02, serial("28.2.2015")],
      ],
    };
    const draftOf = (book: ReturnType<typeof ledgerBook>, start: string, end: string) => {
      const [from, to] = [start, end].map((d) => d.split(".").map(Number));
      const period = { start: dayFromYmd(from[2], from[1], from[0]), end: dayFromYmd(to[2], to[1], to[0]) };
      return draftApplication(book, period, { asOf: AS_OF, override: true, lang: "en" });
    };
    const said = (draft: ReturnType<typeof draftOf>) =>
      draft.periodFindings.map((f) => [f.code, `${f.sheet}!${f.cell}`, renderMessage(f, "en")]);

    it("overlapping an application: APPLICATION_PERIOD_OVERLAP, and what that one applied is applied before", () => {
      const draft = draftOf(ledgerBook(rows, applied), "1.6.2014", "31.12.2014");
      assert.deepEqual(said(draft), [
        ["APPLICATION_PERIOD_OVERLAP", "Maksatukset!C3", "Payment application 3 overlaps application 2 during 1 Jun 2014–31 Oct 2014."],
      ]);
      assert.ok(draft.errors.includes(draft.periodFindings[0]));
      assert.equal(draftApplication(ledgerBook(rows, applied), draft.figures.period, { asOf: AS_OF }).blocked, true);
      assert.equal(draft.figures.number, "3");
      assert.deepEqual(
        draft.figures.earlier.map((a) => a.number),
        ["1", "2"],
      );
      assert.equal(draft.figures.appliedBefore, 225_002);
      // The period's costs are P3 and P3H: 3 000,03 € − 500,50 € = 2 499,53 €, of which 75 % is 1 874,6475 €, rounded down
      // 1 874,64 €. Realised to 31.12.2014 are 1 000,01 + 2 000,02 + 2 499,53 = 5 499,56 €, 75 % of it 4 124,67 €, of which
      // 2 250,02 € was applied: 1 874,65 € could still be applied, so the period's 1 874,64 € is applied now
      assert.equal(draft.figures.applyNow, 187_464);
      assert.equal(draft.figures.appliedAfter, 412_466);
    });

    it("leaving days after the last application: APPLICATION_PERIOD_GAP for the days no application covers", () => {
      assert.deepEqual(said(draftOf(ledgerBook(rows, applied), "1.1.2015", "31.10.2015")), [
        [
          "APPLICATION_PERIOD_GAP",
          "Maksatukset!C3",
          "Between payment applications 2 and 3 the period 1 Nov 2014–31 Dec 2014 is covered by no application.",
        ],
      ]);
      assert.deepEqual(said(draftOf(ledgerBook(rows), "1.1.2014", "31.12.2014")), [
        [
          "APPLICATION_PERIOD_GAP",
          "Hanke!B2",
          "The first payment application 1 starts on 1 Jan 2014, but the project starts on 1 Apr 2013; applications must cover the project period from its start.",
        ],
      ]);
    });

    it("starting before the project: APPLICATION_PERIOD_GAP, as the checks say of such a first row", () => {
      assert.deepEqual(said(draftOf(ledgerBook(rows), "1.1.2013", "31.3.2013")), [
        [
          "APPLICATION_PERIOD_GAP",
          "Hanke!B2",
          "The first payment application 1 starts on 1 Jan 2013, before the project starts on 1 Apr 2013; an application's period starts on the project's start at the earliest.",
        ],
      ]);
    });

    it("a Maksatukset row typed end first counts by its days, as in the figures: it overlaps the draft", () => {
      const reversed = {
        Maksatukset: [
          applied.Maksatukset[0],
          applied.Maksatukset[1],
          ["2", serial("31.10.2014"), serial("1.1.2014"), 2250.02, 2250.02, serial("28.2.2015")],
        ],
      };
      const draft = draftOf(ledgerBook(rows, reversed), "1.6.2014", "31.12.2014");
      assert.equal(draft.figures.appliedBefore, 225_002);
      assert.deepEqual(said(draft), [
        ["APPLICATION_PERIOD_OVERLAP", "Maksatukset!C3", "Payment application 3 overlaps application 2 during 1 Jun 2014–31 Oct 2014."],
      ]);
      assert.equal(draftApplication(ledgerBook(rows, reversed), draft.figures.period, { asOf: AS_OF }).blocked, true);
    });

    it("says of its period what the checks say of the same period as the next Maksatukset row, at a cell the workbook has", () => {
      const reversed = [applied.Maksatukset[0], applied.Maksatukset[1], ["2", serial("31.10.2014"), serial("1.1.2014"), 0, 0, ""]];
      const cases: [CellValue[][], string, string][] = [
        [applied.Maksatukset, "1.6.2014", "31.12.2014"],
        [applied.Maksatukset, "1.1.2015", "31.10.2015"],
        [applied.Maksatukset, "1.11.2014", "31.10.2015"],
        [applied.Maksatukset.slice(0, 1), "1.3.2013", "30.9.2013"],
        [reversed, "1.6.2014", "31.12.2014"],
        [applied.Maksatukset.slice(0, 1), "1.1.2013", "31.3.2013"],
        [applied.Maksatukset.slice(0, 1), "1.5.2013", "31.12.2013"],
        [applied.Maksatukset.slice(0, 1), "1.1.2014", "31.12.2014"],
      ];
      const gist = (f: Finding) => [f.code, renderMessage(f, "en"), f.expected, f.actual];
      const chainCodes = new Set(["APPLICATION_PERIOD_GAP", "APPLICATION_PERIOD_OVERLAP"]);
      for (const [maksatukset, start, end] of cases) {
        const book = ledgerBook(rows, { Maksatukset: maksatukset });
        const draft = draftOf(book, start, end);
        const names = new Set(book.sheets.map((sheet) => sheet.name));
        for (const f of draft.periodFindings) assert.ok(names.has(f.sheet), `${start}: ${f.sheet}!${f.cell}`);
        const { period, number } = draft.figures;
        // The draft's period is the part of the asked one inside the project (1.3.2013 asks from 1.4.2013)
        const asRow = [number, serialOf(period.start, false), serialOf(period.end, false), 0, 0, ""];
        const row = `Maksatukset!B${maksatukset.length + 1}`;
        const checked = checkWorkbook(ledgerBook(rows, { Maksatukset: [...maksatukset, asRow] }), { asOf: AS_OF }).findings.filter(
          (f) => chainCodes.has(f.code) && `${f.sheet}!${f.cell}` === row,
        );
        assert.deepEqual(draft.periodFindings.map(gist), checked.map(gist), `${start}–${end}`);
      }
    });

    it("running on from the last application, or Maksatukset's own row, or an application marked as sent: nothing", () => {
      assert.deepEqual(said(draftOf(ledgerBook(rows, applied), "1.11.2014", "31.10.2015")), []);
      // After the project's end (31.10.2015): the days between are no project's, so no gap
      const toTheEnd = {
        Maksatukset: [...applied.Maksatukset, ["3", serial("1.11.2014"), serial("31.10.2015"), 0, 0, serial("1.12.2015")]],
      };
      assert.deepEqual(said(draftOf(ledgerBook(rows, toTheEnd), "1.1.2016", "31.12.2016")), []);
      assert.deepEqual(
        said(draftOf(ledgerBook(rows, applied), "1.1.2016", "31.12.2016")).map(([, , message]) => message),
        ["Between payment applications 2 and 3 the period 1 Nov 2014–31 Oct 2015 is covered by no application."],
      );
      assert.deepEqual(said(draftOf(ledgerBook(rows, applied), "1.1.2014", "31.10.2014")), []);
      assert.deepEqual(said(draftOf(ledgerBook(rows), "1.4.2013", "31.12.2013")), []);
      const first = { start: dayFromYmd(2013, 4, 1), end: dayFromYmd(2013, 12, 31) };
      const sent = applyMarkSent(ledgerBook(rows), markSent(ledgerBook(rows), first, { asOf: AS_OF, override: true }));
      assert.deepEqual(said(draftOf(sent, "1.1.2014", "31.12.2014")), []);
      assert.deepEqual(
        said(draftOf(sent, "1.12.2013", "31.12.2014")).map(([code, where]) => [code, where]),
        // At the sent application's end on the claims sheet, which the workbook has (hidden)
        [["APPLICATION_PERIOD_OVERLAP", "KASTE-maksatukset!D3"]],
      );
    });
  });
});
