import assert from "node:assert/strict";
import { checkWorkbook } from "../../src/check/checkWorkbook";
import { buildLedger } from "../../src/ledger/build";
import { dayFromYmd } from "../../src/periods";
import type { Code } from "../../src/findings/codes";
import { CLAIMS_SHEET } from "../../src/ledger/claims";
import { fingerprintRow } from "../../src/ledger/fingerprint";
import { applyMarkSent, markSent } from "../../src/sync/application/markSent";
import type { CellValue, WorkbookData } from "../../src/workbook/types";
import { assertMessages } from "../support/rendered";
import { throughXlsx } from "../support/xlsx";
import { ledgerBook, ledgerRow, serial } from "../sync/support";

const CLAIMED: readonly Code[] = ["CLAIMED_ROW_CHANGED", "CLAIMED_ROW_DELETED", "CLAIMED_TOTAL_CHANGED"];
const YEAR_2014 = { start: dayFromYmd(2014, 1, 1), end: dayFromYmd(2014, 12, 31) };
const AS_OF = dayFromYmd(2015, 2, 28);

const ROWS: CellValue[][] = [
  ledgerRow("5.2.2014", "Pikassos", "PIK-006", "1.1.2014", "31.1.2014", "kiinteä", "Palkat", 7200),
  ledgerRow("5.2.2014", "Pikassos", "PIK-006", "1.1.2014", "31.1.2014", "kiinteä", "Vuokrat", 450),
  ledgerRow("15.5.2014", "SONet BOTNIA", "SB-002", "1.1.2014", "30.4.2014", "toteuma", "Aineet", 800, 192),
  ledgerRow("5.2.2015", "Verso", "VER-013", "1.1.2015", "31.1.2015", "kiinteä", "Palkat", 3800),
];
const MAKSATUKSET = { Maksatukset: [["Nro", "Ajalta alkaen", "Ajalta päättyen", "Haettu", "Maksettu", "Lähetetty"]] };

function sent(rows: CellValue[][] = ROWS): WorkbookData {
  const book = ledgerBook(rows, MAKSATUKSET);
  const plan = markSent(book, YEAR_2014, { asOf: AS_OF, override: true });
  return applyMarkSent(book, plan);
}

/** The same workbook with its Laskut data rows replaced. */
function withLaskut(book: WorkbookData, edit: (rows: CellValue[][]) => CellValue[][]): WorkbookData {
  return {
    ...book,
    sheets: book.sheets.map((s) => (s.name === "Laskut" ? { ...s, cells: [s.cells[0], ...edit(s.cells.slice(1).map((r) => [...r]))] } : s)),
  };
}

function claimed(book: WorkbookData): [Code, string, unknown?, unknown?][] {
  const findings = checkWorkbook(book, { asOf: AS_OF }).findings.filter((f) => CLAIMED.includes(f.code));
  assertMessages(findings);
  return findings.map(
    (f) =>
      [f.code, `${f.sheet}!${f.cell}`, ...(f.expected !== undefined ? [f.expected, f.actual] : [])] as [Code, string, unknown?, unknown?],
  );
}

describe("mark as sent", () => {
  it("freezes the period's claimed rows and totals on a hidden sheet and adds the application to Maksatukset", () => {
    const book = ledgerBook(ROWS, MAKSATUKSET);
    const plan = markSent(book, YEAR_2014, { asOf: AS_OF, override: true });
    assert.equal(plan.newSheet?.name, CLAIMS_SHEET);
    assert.equal(plan.newSheet?.hidden, true);
    assert.equal(plan.claim.eligible, 720_000 + 45_000 + 99_200);
    assert.equal(plan.claim.applied, 648_150);
    const after = buildLedger(applyMarkSent(book, plan)).ledger;
    assert.equal(after.claims!.length, 1);
    assert.deepEqual(
      after.claims![0].rows.map((r) => [r.number, r.line, r.eligibleCents, r.origin]),
      [
        ["PIK-006", "Palkat", 720_000, "Laskut!A2"],
        ["PIK-006", "Vuokrat", 45_000, "Laskut!A3"],
        ["SB-002", "Aineet", 99_200, "Laskut!A4"],
      ],
    );
    assert.deepEqual(
      after.applications.map((a) => [a.number, a.start, a.end, a.applied, a.sent]),
      [["1", YEAR_2014.start, YEAR_2014.end, 648_150, AS_OF]],
    );
    assert.equal(after.invoices.length, 4, "the claims sheet is not read as a ledger table");
  });

  it("refuses a period that overlaps an application already marked as sent", () => {
    const again = markSent(sent(), { start: dayFromYmd(2014, 12, 1), end: dayFromYmd(2015, 1, 31) }, { asOf: AS_OF, override: true });
    assert.equal(again.alreadySent?.number, "1");
  });

  it("appends a second application to the existing claims sheet", () => {
    const book = sent();
    const plan = markSent(book, { start: dayFromYmd(2015, 1, 1), end: dayFromYmd(2015, 10, 31) }, { asOf: AS_OF, override: true });
    assert.equal(plan.newSheet, null);
    const after = buildLedger(applyMarkSent(book, plan)).ledger;
    assert.deepEqual(
      after.claims!.map((c) => [c.number, c.rows.length]),
      [
        ["1", 3],
        ["2", 1],
      ],
    );
    assert.deepEqual(claimed(applyMarkSent(book, plan)), []);
  });
});

describe("frozen claims: CLAIMED_* findings", () => {
  it("nothing changed: no findings, also after a trip through .xlsx", async () => {
    assert.deepEqual(claimed(sent()), []);
    const book = sent();
    const xlsx = await throughXlsx(book.sheets.map((s) => ({ name: s.name, rows: s.cells as CellValue[][] })));
    assert.deepEqual(claimed(xlsx), []);
  });

  it("reordering and reformatting rows is not a change", () => {
    const book = withLaskut(sent(), (rows) => {
      const [a, b, c, d] = rows;
      c[7] = "800,00";
      c[8] = "192";
      a[4] = "31.1.2014";
      a[1] = "PIKASSOS";
      b[6] = "vuokrat";
      b[12] = "selite lisätty jälkikäteen";
      b[10] = "Toinen tarkastaja";
      return [d, c, b, a];
    });
    assert.deepEqual(claimed(book), []);
  });

  it("CLAIMED_ROW_CHANGED: a claimed amount changed, with the old and the new value", () => {
    const book = withLaskut(sent(), (rows) => {
      rows[1][7] = 470;
      return rows;
    });
    assert.deepEqual(claimed(book), [
      ["CLAIMED_ROW_CHANGED", "Laskut!H3", { cents: 45_000 }, { cents: 47_000 }],
      ["CLAIMED_TOTAL_CHANGED", `${CLAIMS_SHEET}!F3`, { cents: 864_200 }, { cents: 866_200 }],
    ]);
  });

  it("CLAIMED_ROW_CHANGED: a claimed row moved out of the period, or marked not eligible", () => {
    const moved = withLaskut(sent(), (rows) => {
      rows[0][4] = serial("31.1.2015");
      rows[2][9] = "ei";
      return rows;
    });
    assert.deepEqual(
      claimed(moved).map(([code, cell]) => [code, cell]),
      [
        ["CLAIMED_ROW_CHANGED", "Laskut!E2"],
        ["CLAIMED_ROW_CHANGED", "Laskut!J4"],
        ["CLAIMED_TOTAL_CHANGED", `${CLAIMS_SHEET}!F3`],
      ],
    );
  });

  it("CLAIMED_ROW_DELETED: a claimed row is gone", () => {
    const book = withLaskut(sent(), (rows) => [rows[0], rows[2], rows[3]]);
    assert.deepEqual(
      claimed(book).map(([code, cell]) => [code, cell]),
      [
        ["CLAIMED_ROW_DELETED", `${CLAIMS_SHEET}!A5`],
        ["CLAIMED_TOTAL_CHANGED", `${CLAIMS_SHEET}!F3`],
      ],
    );
  });

  it("CLAIMED_TOTAL_CHANGED: a row added to a claimed period later", () => {
    const book = withLaskut(sent(), (rows) => [
      ...rows,
      ledgerRow("5.1.2015", "Verso", "VER-012", "1.12.2014", "31.12.2014", "kiinteä", "Palkat", 3800),
    ]);
    assert.deepEqual(claimed(book), [["CLAIMED_TOTAL_CHANGED", `${CLAIMS_SHEET}!F3`, { cents: 864_200 }, { cents: 1_244_200 }]]);
  });
});

describe("fingerprintRow", () => {
  const lines = buildLedger(ledgerBook(ROWS)).ledger.invoices;
  it("is the same for the same values however they are typed", () => {
    const retyped = buildLedger(
      ledgerBook([["5.2.2014", " pikassos ", "PIK-006", "2014-01-01", "31.1.2014", "Kiinteä", "PALKAT", "7 200,00", "", "k"]]),
    ).ledger.invoices[0];
    assert.equal(fingerprintRow(retyped), fingerprintRow(lines[0]));
    assert.match(fingerprintRow(lines[0]), /^[0-9a-z]{11}$/);
  });

  it("differs when a claimed value differs", () => {
    const prints = new Set(lines.map(fingerprintRow));
    assert.equal(prints.size, lines.length);
    for (const change of [
      { net: 720_001 },
      { periodEnd: lines[0].periodEnd! + 1 },
      { eligible: false },
      { kind: "reconciliation" as const },
      { number: "PIK-007" },
    ]) {
      assert.notEqual(fingerprintRow({ ...lines[0], ...change }), fingerprintRow(lines[0]));
    }
  });
});
