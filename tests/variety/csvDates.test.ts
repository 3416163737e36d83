import assert from "node:assert/strict";
import { workbookOfSheets } from "../../examples/broken";
import { lasseSheets } from "../../examples/lasse";
import { checkWorkbook } from "../../src/check/checkWorkbook";
import { renderMessage } from "../../src/findings/render";
import { csvDatesOf } from "../support/layouts/csvDates";
import type { CsvDatesVariant } from "../support/layouts/csvDates";
import { outcomeOf } from "./support";

describe("variety: a CSV's dates in the order its spreadsheet wrote them", () => {
  const canonical = workbookOfSheets(lasseSheets());
  const expected = outcomeOf(checkWorkbook(canonical));
  const notes = (codes: readonly string[]) => codes.filter((c) => c !== "info DATE_ORDER_ASSUMED");
  const variants: CsvDatesVariant[] = [
    { lang: "en", style: "monthFirst" },
    { lang: "sv", style: "monthFirst" },
    { lang: "en", style: "dayFirst" },
    { lang: "fi", style: "dayFirst" },
    { lang: "sv", style: "iso" },
    { lang: "fi", style: "dots" },
  ];

  it("the canonical three-year project is clean (the comparison means something)", () => {
    assert.deepEqual(expected.findings, []);
  });

  for (const variant of variants)
    it(`a ${variant.lang} CSV with ${variant.style} dates gives the canonical lines, findings and totals`, () => {
      const { book, csv } = csvDatesOf(canonical, variant);
      if (variant.style === "monthFirst") assert.match(csv, /\n9\/2\/2013,/, "month first, as en-US writes it");
      const result = checkWorkbook(book);
      const got = outcomeOf(result);
      assert.deepEqual(notes(got.findings), expected.findings);
      assert.deepEqual(got.lines, expected.lines);
      assert.equal(got.figures, expected.figures);
      // Every period starts on a 1st (reads both ways): its column follows the invoice date's, and says so
      const assumed = result.findings.filter((f) => f.code === "DATE_ORDER_ASSUMED");
      const slashed = variant.style === "monthFirst" || variant.style === "dayFirst";
      assert.deepEqual(
        assumed.map((f) => [f.params.order, f.params.why]),
        slashed ? [[variant.style, "otherColumn"]] : [],
      );
    });

  it("read day first without the proof, the month-first CSV gives false findings (the test can fail)", () => {
    const { book } = csvDatesOf(canonical, { lang: "en", style: "monthFirst" });
    const dayFirst = {
      ...book,
      sheets: book.sheets.map((s) =>
        s.name === "Invoices"
          ? {
              ...s,
              cells: s.cells
                .slice(0, 1)
                .concat(s.cells.slice(1).map((r) => r.map((v) => (typeof v === "string" ? v.replace(/^(\d+)\/(\d+)\//, "$1.$2.") : v)))),
            }
          : s,
      ),
    };
    // The same digits with dots (9.2.2013) are day first by every reader: a different ledger
    assert.notDeepEqual(outcomeOf(checkWorkbook(dayFirst)).lines, expected.lines);
  });

  it("a table no value of which settles the order is read day first, with one note per column in fi/sv/en", () => {
    const { ledger, findings } = checkWorkbook({
      date1904: false,
      sheets: [
        {
          name: "Invoices",
          cells: [
            ["Date", "Partner", "Invoice number", "Period start", "Period end", "Amount (VAT 0)"],
            ["02/03/2014", "Pikassos", "P-1", "01/02/2014", "01/02/2014", "100.00"],
            ["05/04/2014", "Pikassos", "P-2", "03/03/2014", "03/03/2014", "50.00"],
          ],
        },
      ],
    });
    assert.deepEqual(
      ledger.invoices.map((i) => [i.date, i.periodStart]),
      [
        [Date.UTC(2014, 2, 2) / 86_400_000, Date.UTC(2014, 1, 1) / 86_400_000],
        [Date.UTC(2014, 3, 5) / 86_400_000, Date.UTC(2014, 2, 3) / 86_400_000],
      ],
    );
    const assumed = findings.filter((f) => f.code === "DATE_ORDER_ASSUMED");
    assert.deepEqual(
      assumed.map((f) => [f.cell, f.params.field, f.params.order, f.params.why, f.params.sample]),
      [
        ["A1", "Date", "dayFirst", "default", "02/03/2014"],
        ["D1", "Period start", "dayFirst", "default", "01/02/2014"],
        ["E1", "Period end", "dayFirst", "default", "01/02/2014"],
      ],
    );
    assert.match(renderMessage(assumed[0], "fi"), /"Date".*02\/03\/2014.*päivä ensin \(oletus\)/);
    assert.match(renderMessage(assumed[0], "sv"), /dag först \(standard\)/);
    assert.match(renderMessage(assumed[0], "en"), /day first \(the default\)/);
  });
});
