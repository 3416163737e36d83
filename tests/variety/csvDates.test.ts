import assert from "node:assert/strict";
import { workbookOfSheets } from "../../examples/broken";
import { lasseSheets } from "../../examples/lasse";
import { checkWorkbook } from "../../src/check/checkWorkbook";
import { renderMessage } from "../../src/findings/render";
import { csvDatesOf } from "../support/layouts/csvDates";
import type { CsvDatesVariant } from "../support/layouts/csvDates";
import { outcomeOf } from "./support";
import { ymdOf } from "../../src/periods";
import { parseCsv, toCsv } from "../../src/workbook/csv";
import type { WritableCell } from "../../cli/writeXlsx";

/** Every sheet of the canonical project saved as its own CSV by an en-US (or en-GB) spreadsheet, read back as the CLI reads a folder. */
function csvFolderOf(style: "monthFirst" | "dayFirst") {
  const text = (cell: WritableCell) => {
    if (typeof cell !== "object" || cell === null) return cell;
    if (!("date" in cell)) throw new Error("no formulas in the canonical project");
    const { year, month, day } = ymdOf(cell.date);
    const two = (n: number) => String(n).padStart(2, "0");
    return style === "monthFirst" ? `${month}/${day}/${year}` : `${two(day)}/${two(month)}/${year}`;
  };
  const sheets = lasseSheets().map((s) =>
    parseCsv(
      toCsv(
        s.rows.map((row) => row.map(text)),
        { delimiter: ",", decimal: "." },
      ),
      s.name,
    ),
  );
  return { date1904: false, sheets };
}

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

  for (const style of ["monthFirst", "dayFirst"] as const)
    it(`a folder of ${style} CSV files, Hanke and Asetukset too, gives the canonical ledger: their dates follow the tables' order`, () => {
      const result = checkWorkbook(csvFolderOf(style));
      const got = outcomeOf(result);
      assert.deepEqual(notes(got.findings), expected.findings);
      assert.deepEqual(got.lines, expected.lines);
      assert.equal(got.figures, expected.figures);
      const project = result.ledger.project;
      assert.deepEqual(
        [project.start, project.end].map((d) => d && ymdOf(d.value)),
        [
          { year: 2013, month: 4, day: 1 },
          { year: 2015, month: 10, day: 31 },
        ],
      );
      // Hanke's Alkaa (4/1/2013) reads both ways: it follows Päättyy (10/31/2015), which settles it, and says so
      const alkaa = result.findings.find((f) => f.code === "DATE_ORDER_ASSUMED" && f.sheet === "Hanke");
      assert.deepEqual(alkaa && [alkaa.params.order, alkaa.params.field], [style, "Alkaa"]);
    });
});
