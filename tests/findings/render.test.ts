import assert from "node:assert/strict";
import { checkWorkbook } from "../../src/check/checkWorkbook";
import { formatParam, renderFinding, renderText } from "../../src/findings/render";
import { makeFinding } from "../../src/findings/makeFinding";
import { book } from "../support/book";

describe("rendering findings", () => {
  const result = checkWorkbook(book({ Muistiinpanot: [["vain tekstiä"]] }));
  const missingApplications = result.findings.find((f) => f.code === "TABLE_NOT_FOUND" && f.params.kind === "applications")!;

  it("names a missing table and its headers in the reader's language", () => {
    assert.match(renderFinding(missingApplications, "fi").message, /Maksatukset .*Nro, Ajalta alkaen, Ajalta päättyen, Haettu, Maksettu/);
    assert.match(
      renderFinding(missingApplications, "sv").message,
      /Utbetalningsansökningar .*Nr, Period från, Period till, Ansökt, Utbetalt/,
    );
    assert.match(renderFinding(missingApplications, "en").message, /Payment applications .*No\., Period start, Period end, Applied, Paid/);
  });

  it("lists what was not checked with the tables named in the reader's language", () => {
    assert.match(
      renderText(result.findings, result.notChecked, "en"),
      /application-chain\s+Payment applications missing: APPLICATION_ORDER/,
    );
    assert.match(renderText(result.findings, result.notChecked, "fi"), /application-chain\s+Maksatukset puuttuu: APPLICATION_ORDER/);
  });

  it("shows a row without an invoice number (a partner's monthly breakdown) with a dash for the number", () => {
    const finding = makeFinding(
      "INVOICE_UNCHECKED",
      { sheet: "Laskut", cell: "K9" },
      { partner: "Pikassos", number: "", scope: "invoice" },
    );
    assert.equal(renderFinding(finding, "fi").message, "Kumppanin Pikassos laskua – ei ole asiatarkastettu (asiatarkastaja puuttuu).");
    for (const lang of ["sv", "en"] as const) assert.doesNotMatch(renderFinding(finding, lang).message, / {2}/, lang);
    assert.equal(finding.params.number, "", "the finding keeps its value; only the message shows the dash");
    // and the other application or invoice it is compared with: a Maksatukset without Nro
    const overlap = makeFinding(
      "APPLICATION_PERIOD_OVERLAP",
      { sheet: "Maksatukset", cell: "A3" },
      { number: "", previous: "", overlapStart: { day: 16070 }, overlapEnd: { day: 16070 } },
    );
    for (const lang of ["fi", "sv", "en"] as const) assert.doesNotMatch(renderFinding(overlap, lang).message, / {2}/, lang);
  });

  it("shows a percent to two decimals, and never 100 % for a use just over or under it", () => {
    assert.equal(formatParam({ ratio: 0.755 }, "fi"), "75,5\u00a0%");
    assert.equal(formatParam({ ratio: 1 }, "en"), "100%");
    assert.equal(formatParam({ ratio: 36_001.5 / 36_000 }, "fi"), "100,01\u00a0%");
    assert.equal(formatParam({ ratio: 35_999.5 / 36_000 }, "en"), "99.99%");
    assert.equal(formatParam({ ratio: 1.5 }, "sv"), "150\u00a0%");
  });
});

describe("rendering a finding that quotes a cell's text with line breaks", () => {
  it("keeps each finding one entry of the text report, its line breaks shown as spaces", () => {
    const result = checkWorkbook(
      book({
        Laskut: [
          ["Laskuttaja", "Laskun numero", "Ajalta alkaen", "Ajalta päättyen", "Summa (ALV 0)", "Projekti-\nkoodi \r\n (sisäinen)"],
          ["Verso", "V-1", "1.1.2014", "31.1.2014", 100, "P-1"],
        ],
      }),
    );
    const text = renderText(
      result.findings.filter((f) => f.code === "COLUMN_NOT_UNDERSTOOD"),
      [],
      "fi",
    );
    const entries = text.split("\n").filter((line) => line.startsWith("  "));
    assert.equal(entries.length, 1);
    assert.match(entries[0], /^ {2}Laskut!F1 +COLUMN_NOT_UNDERSTOOD +Sarakkeen otsikkoa "Projekti- koodi \(sisäinen\)" ei tunnistettu/);
  });
});

describe("rendering an unchecked or unapproved line that has no biller", () => {
  it("names no biller instead of leaving a hole in the sentence", () => {
    const at = { sheet: "Laskut", cell: "K5" };
    const text = (code: "INVOICE_UNCHECKED" | "INVOICE_UNAPPROVED", partner: string, number: string, lang: "fi" | "sv" | "en") =>
      renderFinding(makeFinding(code, at, { partner, number, scope: "invoice" }), lang).message;
    assert.deepEqual(
      [
        text("INVOICE_UNCHECKED", "Verso", "V-1", "fi"),
        text("INVOICE_UNCHECKED", "", "V-1", "fi"),
        text("INVOICE_UNAPPROVED", "", "", "fi"),
      ],
      [
        "Kumppanin Verso laskua V-1 ei ole asiatarkastettu (asiatarkastaja puuttuu).",
        "Laskua V-1 ei ole asiatarkastettu (asiatarkastaja puuttuu).",
        "Laskua – ei ole hyväksytty (hyväksyjä puuttuu).",
      ],
    );
    assert.equal(text("INVOICE_UNCHECKED", "", "V-1", "en"), "Invoice V-1 has not been checked (no checker).");
    assert.equal(text("INVOICE_UNAPPROVED", "", "V-1", "sv"), "Faktura V-1 är inte godkänd (godkännare saknas).");
    for (const lang of ["fi", "sv", "en"] as const)
      for (const code of ["INVOICE_UNCHECKED", "INVOICE_UNAPPROVED"] as const) assert.doesNotMatch(text(code, "", "", lang), / {2}|'s /);
  });
});
