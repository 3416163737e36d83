import assert from "node:assert/strict";
import { readXlsx } from "../../cli/readXlsx";
import { workbookOfSheets } from "../../examples/broken";
import { lasseSheets } from "../../examples/lasse";
import { checkWorkbook } from "../../src/check/checkWorkbook";
import { renderMessage } from "../../src/findings/render";
import { erpReportOf } from "../support/layouts/erpReport";
import type { ErpVariant } from "../support/layouts/erpReport";
import { xlsxOf } from "../support/layouts/xlsxProducers";
import type { Producer } from "../support/layouts/xlsxProducers";
import { outcomeOf } from "./support";

describe("variety: a report pasted from an ERP, with its page headers, footers and page totals inside the list", () => {
  const canonical = workbookOfSheets(lasseSheets());
  const expected = outcomeOf(checkWorkbook(canonical));
  const variants: (ErpVariant & { producer: Producer })[] = [
    { lang: "fi", rowsAbove: 0, colsLeft: 0, pageRows: 40, labelAt: "first", producer: "excel" },
    { lang: "fi", rowsAbove: 2, colsLeft: 1, pageRows: 25, labelAt: "beforeAmount", producer: "libreoffice" },
    { lang: "sv", rowsAbove: 3, colsLeft: 0, pageRows: 30, labelAt: "first", producer: "libreoffice" },
    { lang: "en", rowsAbove: 1, colsLeft: 2, pageRows: 50, labelAt: "beforeAmount", producer: "excel" },
  ];
  const noiseCodes = (codes: readonly string[]) => codes.filter((c) => c !== "info ROWS_SKIPPED_NOISE");

  it("the canonical three-year project is clean (the comparison means something)", () => {
    assert.deepEqual(expected.findings, []);
    assert.ok(expected.lines.length > 100);
  });

  for (const variant of variants) {
    it(`a ${variant.producer} .xlsx in ${variant.lang} (pages of ${variant.pageRows}, labels ${variant.labelAt}, ${variant.rowsAbove} rows above, ${variant.colsLeft} columns left) gives the canonical lines and totals and one note per kind`, async () => {
      const layout = erpReportOf(canonical, variant);
      const read = await readXlsx(xlsxOf(layout.book.sheets, variant.producer));
      const result = checkWorkbook(read);
      const got = outcomeOf(result);
      assert.deepEqual(noiseCodes(got.findings), expected.findings);
      assert.deepEqual(got.lines, expected.lines);
      assert.equal(got.figures, expected.figures);
      const notes = result.findings.filter((f) => f.code === "ROWS_SKIPPED_NOISE");
      const count = (kind: string) => notes.filter((f) => f.params.noise === kind).reduce((sum, f) => sum + Number(f.params.count), 0);
      assert.deepEqual(
        { headers: count("header"), footers: count("pageFooter"), totals: count("pageTotal") },
        layout.noise,
        "every noise row written is skipped and counted once",
      );
      assert.equal(notes.length, 3, "one note per kind");
      assert.ok(notes.every((f) => f.severity === "info"));
    });
  }

  it("the note points at the first skipped row and says how many in the user's language", () => {
    const layout = erpReportOf(canonical, variants[1]);
    const result = checkWorkbook(layout.book);
    const footer = result.findings.find((f) => f.code === "ROWS_SKIPPED_NOISE" && f.params.noise === "pageFooter");
    assert.ok(footer);
    const sheet = layout.book.sheets.find((s) => s.name === "Laskut");
    const [row, col] = [Number(footer.cell.replace(/^[A-Z]+/, "")) - 1, footer.cell.charCodeAt(0) - 65];
    const label = sheet?.cells[row]?.find((v) => typeof v === "string");
    assert.equal(label, `Sivu 1/${layout.noise.footers}`);
    assert.ok(col >= variants[1].colsLeft);
    assert.match(renderMessage(footer, "fi"), new RegExp(`ohitettiin ${layout.noise.footers} kertaa riveillä ${row + 1}–`));
    assert.match(renderMessage(footer, "sv"), /hoppades över \d+ gånger/);
    assert.match(renderMessage(footer, "en"), /was skipped \d+ times in rows/);
  });

  it("a biller named like a footer word is still an invoice line (Transport, Siirto Oy)", () => {
    const { ledger, findings } = checkWorkbook({
      date1904: false,
      sheets: [
        {
          name: "Laskut",
          cells: [
            ["Laskuttaja", "Pvm", "Laskun nro", "Ajalta", null, "Tilikohta", "Summa (ALV 0)"],
            [null, null, null, "alkaen", "päättyen", null, null],
            ["Transport", 41671, "T-1", 41640, 41670, "Henkilöstökulut", 100],
            ["Siirto Oy", 41671, "S-1", 41640, 41670, "Henkilöstökulut", 50],
            ["Siirto", null, null, null, null, null, 150],
          ],
        },
      ],
    });
    assert.deepEqual(
      ledger.invoices.map((i) => [i.partner, i.net]),
      [
        ["Transport", 10_000],
        ["Siirto Oy", 5_000],
      ],
    );
    assert.deepEqual(
      findings.filter((f) => f.code === "ROWS_SKIPPED_NOISE").map((f) => [f.params.noise, f.cell]),
      [["pageTotal", "A5"]],
    );
  });

  it("the rows it skips are real report rows: read as a plain table they would be findings (the test can fail)", () => {
    // The same report with its noise rows' labels turned into ordinary text: no longer furniture, so read and flagged
    const layout = erpReportOf(canonical, variants[0]);
    const words = /^(Sivu \d+\/\d+|Sivun summa|Yhteensä siirto|Siirto)$/;
    const plain = {
      ...layout.book,
      sheets: layout.book.sheets.map((s) =>
        s.name !== "Laskut"
          ? s
          : { ...s, cells: s.cells.map((r) => r.map((v) => (typeof v === "string" && words.test(v) ? `x ${v}` : v))) },
      ),
    };
    const got = outcomeOf(checkWorkbook(plain));
    assert.notDeepEqual(noiseCodes(got.findings), expected.findings);
  });
});
