import assert from "node:assert/strict";
import { checkWorkbook } from "../../src/check/checkWorkbook";
import { dayFromYmd } from "../../src/periods";
import type { CellValue } from "../../src/workbook/types";
import { book } from "../support/book";
import { assertMessages, findingsOf } from "../support/rendered";

const CODES = [
  "INVOICE_MONTH_MISSING",
  "INVOICE_MONTH_OVERLAP",
  "INVOICE_PERIOD_MISALIGNED",
  "RECONCILIATION_MISSING",
  "STARTUP_NOT_FIRST",
  "INVOICE_TERTIAL_MISSING",
  "INVOICE_TERTIAL_OVERLAP",
] as const;

const HANKE: CellValue[][] = [
  ["Hanke", "LasSe"],
  ["Alkaa", "1.4.2013"],
  ["Päättyy", "31.10.2015"],
];

const LASKUT_HEADER: CellValue[] = [
  "Päivämäärä",
  "Laskuttaja",
  "Laskun numero",
  "Ajalta alkaen",
  "Ajalta päättyen",
  "Laji",
  "Tilikohta",
  "Summa (ALV 0)",
  "ALV",
  "Hyväksyttävä",
  "Asiatarkastaja",
  "Hyväksyjä",
];

function row(
  date: string,
  partner: string,
  number: string,
  from: string,
  to: string,
  kind: string,
  amount = 1000,
  line = "Palkat",
): CellValue[] {
  return [date, partner, number, from, to, kind, line, amount, 0, "kyllä", "Mäkinen", "Lahtinen"];
}

/** Pikassos invoices monthly from August 2013 with quarterly reconciliation: the rows one by one. */
function pikassos(): CellValue[][] {
  return [
    row("5.9.2013", "Pikassos", "P1", "1.6.2013", "31.7.2013", "käynnistys", 2500, "Rekrytointi"),
    row("5.9.2013", "Pikassos", "P1", "1.8.2013", "31.8.2013", "kiinteä"),
    row("5.10.2013", "Pikassos", "P2", "1.9.2013", "30.9.2013", "kiinteä"),
    row("15.10.2013", "Pikassos", "P3", "1.8.2013", "30.9.2013", "tasaus", -150),
    row("5.11.2013", "Pikassos", "P4", "1.10.2013", "31.10.2013", "kiinteä"),
    row("5.12.2013", "Pikassos", "P5", "1.11.2013", "30.11.2013", "kiinteä"),
    row("5.1.2014", "Pikassos", "P6", "1.12.2013", "31.12.2013", "kiinteä"),
    row("15.1.2014", "Pikassos", "P7", "1.10.2013", "31.12.2013", "tasaus", 320),
  ];
}

const PIKASSOS: CellValue[] = ["Pikassos", "kuukausi+tasaus", "1.8.2013", "31.12.2013", "kyllä"];
const SONET: CellValue[] = ["SONet BOTNIA", "kolmannes", "1.12.2013", "30.9.2014", "ei"];

/** The workbook: Kumppanit lists the partners that bill in `rows` (or those given). */
function sheets(rows: CellValue[][], extra: Record<string, CellValue[][]> = {}, partners?: CellValue[][]): Record<string, CellValue[][]> {
  const billing = new Set(rows.map((r) => String(r[1]).toLowerCase().replace(/\s+/g, " ")));
  return {
    Hanke: HANKE,
    Kumppanit: [
      ["Kumppani", "Laskutustapa", "Alkaa", "Päättyy", "ALV palautuu"],
      ...(partners ?? [PIKASSOS, SONET].filter((p) => billing.has(String(p[0]).toLowerCase()))),
    ],
    Laskut: [LASKUT_HEADER, ...rows],
    ...extra,
  };
}

const JUNE_2014 = { asOf: dayFromYmd(2014, 6, 1) };

describe("partner invoicing periods", () => {
  describe("monthly invoicing with quarterly reconciliation (kuukausi+tasaus)", () => {
    it("passes a partner with one fixed invoice a month, a reconciliation a quarter and start-up costs on the first invoice", () => {
      assert.deepEqual(findingsOf(sheets(pikassos()), CODES, JUNE_2014), []);
    });

    it("reports a month without a fixed invoice once the month and 30 days have passed, at the partner's row", () => {
      const rows = pikassos().filter((r) => r[2] !== "P5");
      assert.deepEqual(findingsOf(sheets(rows), CODES, JUNE_2014), [["INVOICE_MONTH_MISSING", "Kumppanit!A2"]]);
      const found = checkWorkbook(book(sheets(rows)), JUNE_2014).findings.find((f) => f.code === "INVOICE_MONTH_MISSING")!;
      assert.deepEqual([found.params.start, found.params.end], [{ day: dayFromYmd(2013, 11, 1) }, { day: dayFromYmd(2013, 11, 30) }]);
    });

    it("reads a row without a Laji as kiinteä for one month and as tasaus for one whole block", () => {
      const withoutKind = pikassos()
        .filter((r) => r[5] !== "käynnistys")
        .map((r) => r.map((cell, i) => (i === 5 ? null : cell)));
      assert.deepEqual(findingsOf(sheets(withoutKind), CODES, JUNE_2014), []);
      const noReconciliation = withoutKind.filter((r) => r[2] !== "P7");
      assert.deepEqual(findingsOf(sheets(noReconciliation), CODES, JUNE_2014), [["RECONCILIATION_MISSING", "Kumppanit!A2"]]);
    });

    it("checks a partner on two Kumppanit rows (monthly, then per tertial) row by row, each over its own window", () => {
      const tertial: CellValue[] = ["Pikassos", "kolmannes", "1.1.2014", "30.4.2014", "kyllä"];
      const rows = [...pikassos(), row("15.5.2014", "Pikassos", "P8", "1.1.2014", "30.4.2014", "toteuma")];
      assert.deepEqual(findingsOf(sheets(rows, {}, [PIKASSOS, tertial]), CODES, JUNE_2014), []);
      assert.deepEqual(findingsOf(sheets(rows, {}, [PIKASSOS, tertial]), ["INVOICE_OUTSIDE_PARTNER_WINDOW"], JUNE_2014), []);
      const missing = rows.filter((r) => r[2] !== "P8");
      assert.deepEqual(findingsOf(sheets(missing, {}, [PIKASSOS, tertial]), CODES, JUNE_2014), [
        ["INVOICE_TERTIAL_MISSING", "Kumppanit!A3"],
      ]);
    });

    it("takes a month's rent on an invoice of its own beside the salary invoice as no overlap, but the salaries billed twice as one", () => {
      const rent = row("5.10.2013", "Pikassos", "P2V", "1.9.2013", "30.9.2013", "kiinteä", 300, "Vuokrat");
      assert.deepEqual(findingsOf(sheets([...pikassos(), rent]), CODES, JUNE_2014), []);
      const twice = row("6.10.2013", "Pikassos", "P2B", "1.9.2013", "30.9.2013", "kiinteä", 1000, "Palkat");
      assert.deepEqual(findingsOf(sheets([...pikassos(), twice]), CODES, JUNE_2014), [["INVOICE_MONTH_OVERLAP", "Laskut!D10"]]);
      // an invoice of salaries and rent beside a rent invoice bills the rent twice
      const mixed = [...pikassos(), row("5.10.2013", "Pikassos", "P2", "1.9.2013", "30.9.2013", "kiinteä", 300, "Vuokrat"), rent];
      assert.deepEqual(findingsOf(sheets(mixed), CODES, JUNE_2014), [["INVOICE_MONTH_OVERLAP", "Laskut!D11"]]);
    });

    it("takes a credit note smaller than the month's invoice as a correction: the month stays invoiced", () => {
      const partial = row("10.11.2013", "Pikassos", "H1", "1.10.2013", "31.10.2013", "kiinteä", -400);
      assert.deepEqual(findingsOf(sheets([...pikassos(), partial]), CODES, JUNE_2014), []);
      const full = row("10.11.2013", "Pikassos", "H1", "1.10.2013", "31.10.2013", "kiinteä", -1000);
      assert.deepEqual(findingsOf(sheets([...pikassos(), full]), CODES, JUNE_2014), [["INVOICE_MONTH_MISSING", "Kumppanit!A2"]]);
    });

    it("takes a fixed invoice of several whole months (2013 invoiced at once) as aligned, but not one from mid-month", () => {
      const months = pikassos().filter((r) => !["P4", "P5", "P6"].includes(String(r[2])));
      const together = [...months, row("15.12.2013", "Pikassos", "P46", "1.10.2013", "31.12.2013", "kiinteä", 3000)];
      assert.deepEqual(findingsOf(sheets(together), CODES, JUNE_2014), []);
      const midMonth = [...months, row("15.12.2013", "Pikassos", "P46", "15.10.2013", "31.12.2013", "kiinteä", 3000)];
      assert.deepEqual(findingsOf(sheets(midMonth), ["INVOICE_PERIOD_MISALIGNED"], JUNE_2014), [
        ["INVOICE_PERIOD_MISALIGNED", "Laskut!D7"],
      ]);
    });

    it("reports every month of a partner that has not invoiced at all", () => {
      assert.equal(findingsOf(sheets([], {}, [PIKASSOS]), ["INVOICE_MONTH_MISSING"], JUNE_2014).length, 5);
    });

    it("does not yet report a month whose grace period is still running", () => {
      const rows = pikassos().filter((r) => r[2] !== "P6" && r[2] !== "P7");
      assert.deepEqual(findingsOf(sheets(rows), CODES, { asOf: dayFromYmd(2014, 1, 30) }), []);
      assert.deepEqual(findingsOf(sheets(rows), CODES, { asOf: dayFromYmd(2014, 1, 31) }), [["INVOICE_MONTH_MISSING", "Kumppanit!A2"]]);
    });

    it("reports a second fixed invoice for the same month at its period start", () => {
      const rows = [...pikassos(), row("6.11.2013", "Pikassos", "P4B", "1.10.2013", "31.10.2013", "kiinteä")];
      assert.deepEqual(findingsOf(sheets(rows), CODES, JUNE_2014), [["INVOICE_MONTH_OVERLAP", "Laskut!D10"]]);
    });

    it("accepts a credit note and a corrected invoice for a month", () => {
      const rows = [
        ...pikassos(),
        row("6.11.2013", "Pikassos", "H1", "1.10.2013", "31.10.2013", "kiinteä", -1000),
        row("6.11.2013", "Pikassos", "P4C", "1.10.2013", "31.10.2013", "kiinteä", 1100),
      ];
      assert.deepEqual(findingsOf(sheets(rows), CODES, JUNE_2014), []);
    });

    it("reports a fixed invoice that is not one calendar month at the cell to correct, with the right date, and blames it (not November's invoice) for the overlap", () => {
      const rows = pikassos();
      rows[4] = row("5.11.2013", "Pikassos", "P4", "1.10.2013", "15.11.2013", "kiinteä");
      const result = checkWorkbook(book(sheets(rows)), JUNE_2014);
      assertMessages(result.findings);
      const found = result.findings.filter((f) => CODES.includes(f.code as (typeof CODES)[number]));
      assert.deepEqual(
        found.map((f) => [f.code, `${f.sheet}!${f.cell}`]),
        [
          ["INVOICE_PERIOD_MISALIGNED", "Laskut!E6"],
          ["INVOICE_MONTH_OVERLAP", "Laskut!D6"],
        ],
      );
      assert.deepEqual(found[0].expected, { day: dayFromYmd(2013, 10, 31) });
    });

    it("clips the first reconciliation block to the partner's window: August–September for a partner starting in August", () => {
      const rows = pikassos();
      rows[3] = row("15.10.2013", "Pikassos", "P3", "1.8.2013", "31.10.2013", "tasaus", -150);
      const result = checkWorkbook(book(sheets(rows)), JUNE_2014);
      assertMessages(result.findings);
      const misaligned = result.findings.filter((f) => f.code === "INVOICE_PERIOD_MISALIGNED");
      assert.deepEqual(
        misaligned.map((f) => f.cell),
        ["E5"],
      );
      assert.deepEqual(misaligned[0].expected, { day: dayFromYmd(2013, 9, 30) });
    });

    it("takes reconciliations every three months from the partner's own start (Aug–Oct, Nov–Jan) as aligned when they all run so", () => {
      const rows = pikassos().filter((r) => r[5] !== "tasaus");
      rows.push(row("15.11.2013", "Pikassos", "P3", "1.8.2013", "31.10.2013", "tasaus", -150));
      rows.push(row("15.1.2014", "Pikassos", "P7", "1.11.2013", "31.12.2013", "tasaus", 320));
      assert.deepEqual(findingsOf(sheets(rows), CODES, JUNE_2014), []);
    });

    it("reports a quarter of fixed invoices without a reconciliation once the quarter and 60 days have passed", () => {
      const rows = pikassos().filter((r) => r[2] !== "P7");
      assert.deepEqual(findingsOf(sheets(rows), CODES, { asOf: dayFromYmd(2014, 3, 1) }), []);
      assert.deepEqual(findingsOf(sheets(rows), CODES, JUNE_2014), [["RECONCILIATION_MISSING", "Kumppanit!A2"]]);
    });

    it("uses the reconciliation blocks Asetukset sets: blocks from February make August–October a block", () => {
      const rows = pikassos();
      rows[3] = row("15.11.2013", "Pikassos", "P3", "1.8.2013", "31.10.2013", "tasaus", -150);
      rows[7] = row("15.1.2014", "Pikassos", "P7", "1.11.2013", "31.12.2013", "tasaus", 320);
      const settings = { Asetukset: [["Tasausjakson ensimmäinen kuukausi", 2]] };
      assert.deepEqual(findingsOf(sheets(rows, settings), CODES, JUNE_2014), []);
      assert.deepEqual(
        findingsOf(sheets(pikassos(), settings), CODES, JUNE_2014).map(([code]) => code),
        ["INVOICE_PERIOD_MISALIGNED", "INVOICE_PERIOD_MISALIGNED"],
      );
    });

    it("reports start-up costs on an invoice that is not the partner's first", () => {
      const rows = pikassos();
      rows[0] = row("5.10.2013", "Pikassos", "P2", "1.6.2013", "31.7.2013", "käynnistys", 2500, "Rekrytointi");
      assert.deepEqual(findingsOf(sheets(rows), CODES, JUNE_2014), [["STARTUP_NOT_FIRST", "Laskut!F2"]]);
    });
  });

  describe("invoicing three times a year (kolmannes)", () => {
    const sonet = (): CellValue[][] => [
      row("20.1.2014", "SONet BOTNIA", "S1", "1.12.2013", "31.12.2013", "toteuma"),
      row("20.5.2014", "SONet BOTNIA", "S2", "1.1.2014", "30.4.2014", "toteuma"),
      row("20.9.2014", "SONet BOTNIA", "S3", "1.5.2014", "31.8.2014", "toteuma"),
      row("20.10.2014", "Sonet  Botnia", "S4", "1.9.2014", "30.9.2014", "toteuma"),
    ];
    const DECEMBER_2014 = { asOf: dayFromYmd(2014, 12, 1) };

    it("passes tertials clipped to the partner's window at both ends, whatever the spelling of the partner's name", () => {
      assert.deepEqual(findingsOf(sheets(sonet()), CODES, DECEMBER_2014), []);
    });

    it("reports a tertial without an invoice", () => {
      const rows = sonet().filter((r) => r[2] !== "S3");
      assert.deepEqual(findingsOf(sheets(rows), CODES, DECEMBER_2014), [["INVOICE_TERTIAL_MISSING", "Kumppanit!A2"]]);
    });

    it("reports a second invoice for the same tertial", () => {
      const rows = [...sonet(), row("21.5.2014", "SONet BOTNIA", "S2B", "1.1.2014", "30.4.2014", "toteuma")];
      assert.deepEqual(findingsOf(sheets(rows), CODES, DECEMBER_2014), [["INVOICE_TERTIAL_OVERLAP", "Laskut!D6"]]);
    });

    it("reports an invoice that is not months 1–4, 5–8 or 9–12", () => {
      const rows = sonet();
      rows[1] = row("20.5.2014", "SONet BOTNIA", "S2", "1.1.2014", "31.3.2014", "toteuma");
      const result = checkWorkbook(book(sheets(rows)), DECEMBER_2014);
      assertMessages(result.findings);
      const found = result.findings.filter((f) => f.code === "INVOICE_PERIOD_MISALIGNED");
      assert.deepEqual(
        found.map((f) => f.cell),
        ["E3"],
      );
      assert.deepEqual(found[0].expected, { day: dayFromYmd(2014, 4, 30) });
    });
  });
});
