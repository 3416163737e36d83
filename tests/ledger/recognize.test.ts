import assert from "node:assert/strict";
import { checkWorkbook } from "../../src/check/checkWorkbook";
import { buildLedger } from "../../src/ledger/build";
import { renderMessage } from "../../src/findings/render";
import { book } from "../support/book";

const FI = [
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
  "Selite",
];
const ROW = [
  "3.2.2014",
  "Verso",
  "V-1",
  "1.1.2014",
  "31.1.2014",
  "kiinteä",
  "Palkat",
  "4 200,00",
  "0",
  "kyllä",
  "Virtanen",
  "Korhonen",
  "tammikuu",
];

describe("finding tables by their headers", () => {
  it("reads the canonical Finnish ledger", () => {
    const { ledger, findings } = buildLedger(book({ Laskut: [FI, ROW] }));
    assert.equal(ledger.invoices.length, 1);
    const line = ledger.invoices[0];
    assert.equal(line.partner, "Verso");
    assert.equal(line.net, 420_000);
    assert.equal(line.kind, "fixed");
    assert.equal(line.checker, "Virtanen");
    assert.deepEqual(findings, []);
  });

  it("finds a table under title rows, in any sheet, with columns in any order", () => {
    const order = [12, 7, 1, 3, 4, 0, 2, 5, 6, 8, 9, 10, 11];
    const { ledger } = buildLedger(
      book({
        Taul1: [["LasSe-hankkeen laskut 2014"], [], ["Laatinut: talouskoordinaattori"], order.map((i) => FI[i]), order.map((i) => ROW[i])],
      }),
    );
    assert.equal(ledger.invoices.length, 1);
    assert.equal(ledger.invoices[0].number, "V-1");
    assert.equal(ledger.invoices[0].net, 420_000);
    assert.equal(ledger.tables.invoices[0].sheet, "Taul1");
    assert.equal(ledger.tables.invoices[0].headerRow, 3);
  });

  it("reads Swedish headers", () => {
    const { ledger } = buildLedger(
      book({
        Fakturor: [
          [
            "Datum",
            "Fakturerare",
            "Fakturanummer",
            "Från",
            "Till",
            "Typ",
            "Kostnadsslag",
            "Belopp (moms 0 %)",
            "Moms",
            "Godtagbar",
            "Granskare",
            "Godkännare",
          ],
          ["3.2.2014", "SONet BOTNIA", "S-1", "1.1.2014", "30.4.2014", "utfall", "Löner", "1 000,00", "240,00", "ja", "A", "B"],
        ],
      }),
    );
    const line = ledger.invoices[0];
    assert.equal(line.partner, "SONet BOTNIA");
    assert.equal(line.net, 100_000);
    assert.equal(line.vat, 24_000);
    assert.equal(line.kind, "actual");
    assert.equal(line.approver, "B");
  });

  it("reads English headers with a VAT-inclusive amount", () => {
    const { ledger } = buildLedger(
      book({
        Invoices: [
          [
            "Invoice date",
            "Partner",
            "Invoice no",
            "Period start",
            "Period end",
            "Amount incl. VAT",
            "VAT amount",
            "Checked by",
            "Approved by",
          ],
          [41673, "Verso", 17, 41640, 41670, 1240, 240, "A", "B"],
        ],
      }),
    );
    const line = ledger.invoices[0];
    assert.equal(line.gross, 124_000);
    assert.equal(line.vat, 24_000);
    assert.equal(line.net, null);
    assert.equal(line.number, "17");
  });

  it("keeps a column it does not understand and says so", () => {
    const { ledger, findings } = buildLedger(
      book({
        Laskut: [
          [...FI, "Projektikoodi"],
          [...ROW, "P-77"],
        ],
      }),
    );
    assert.equal(ledger.invoices.length, 1);
    assert.deepEqual(ledger.tables.invoices[0].unknownColumns, [{ col: 13, header: "Projektikoodi" }]);
    assert.deepEqual(
      findings.map((f) => [f.code, f.cell, f.severity]),
      [["COLUMN_NOT_UNDERSTOOD", "N1", "info"]],
    );
  });

  it("reads headers hyphenated at a line break in a narrow cell (Päivä-⏎määrä) as the one word, Laskun-⏎numero as two", () => {
    const broken: Record<string, string> = {
      Päivämäärä: "Päivä-\nmäärä",
      "Laskun numero": "Laskun-\nnumero",
      Hyväksyttävä: "Hyväksyt- \r\ntävä",
      Asiatarkastaja: "Asia-\ntarkastaja",
      Hyväksyjä: "Hyväk-\nsyjä",
    };
    const { ledger, findings } = buildLedger(book({ Laskut: [FI.map((h) => broken[h] ?? h), ROW] }));
    assert.deepEqual(findings, []);
    const line = ledger.invoices[0];
    assert.deepEqual([line.date, line.number, line.eligible, line.checker, line.approver], [16104, "V-1", true, "Virtanen", "Korhonen"]);
    assert.deepEqual(Object.keys(ledger.tables.invoices[0].columns).sort(), [
      "approver",
      "checker",
      "date",
      "description",
      "eligible",
      "kind",
      "line",
      "net",
      "number",
      "partner",
      "periodEnd",
      "periodStart",
      "vat",
    ]);
  });

  it("reads an accounting export's run-together and abbreviated headers (Laskupvm, Lasku pvm, Laskunro, Lask. nro)", () => {
    for (const [date, number] of [
      ["Laskupvm", "Laskunro"],
      ["Lasku pvm", "Lask. nro"],
      ["Lask.pvm", "Laskunro"],
      ["Laskun päivä", "Laskunro"],
    ]) {
      const { ledger } = buildLedger(
        book({
          Laskut: [
            ["Laskuttaja", date, number, "Ajalta", "Tilikohta", "Summa"],
            ["Verso", "5.4.2014", "V-3", "3/2014", "Palkat", 100],
          ],
        }),
      );
      assert.deepEqual(
        ledger.invoices.map((l) => [l.date, l.number]),
        [[16165, "V-3"]],
        `${date} | ${number}`,
      );
      assert.deepEqual(ledger.tables.invoices[0].unknownColumns, [], `${date} | ${number}`);
    }
  });

  it("reads the abbreviated headers of a hand-kept ledger (Pvm. | Lask.nro | Alk. | Loppuu | Asiatark. | Hyväks.)", () => {
    const short = [
      "Pvm.",
      "Laskuttaja",
      "Lask.nro",
      "Alk.",
      "Loppuu",
      "Laji",
      "Tilikohta",
      "€ alv 0%",
      "ALV",
      "Hyväksyttävä",
      "Asiatark.",
      "Hyväks.",
      "Selite",
    ];
    const { ledger, findings } = buildLedger(book({ Laskut: [short, ROW] }));
    assert.deepEqual(findings, []);
    const line = ledger.invoices[0];
    assert.deepEqual(
      [line.number, line.periodStart, line.periodEnd, line.checker, line.approver],
      ["V-1", 16071, 16101, "Virtanen", "Korhonen"],
    );
    const applications = buildLedger(
      book({
        Maksatukset: [
          ["Nro", "Alkupvm", "Loppupvm", "Haettu"],
          [1, "1.1.2014", "31.12.2014", 100],
        ],
      }),
    );
    assert.deepEqual(
      applications.ledger.applications.map((a) => [a.start, a.end]),
      [[16071, 16435]],
    );
  });

  it("reads the days of checking and approving (Asiatark. pvm | Hyväks. pvm) as no checker or approver", () => {
    const start = ["Pvm.", "Laskuttaja", "Lask.nro", "Alk.", "Loppuu", "Laji", "Tilikohta", "€ alv 0%", "ALV", "Hyväksyttävä"];
    const row = ROW.slice(0, 10);
    for (const [checked, approved] of [
      ["Asiatark. pvm", "Hyväks. pvm"],
      ["Tarkastuspäivä", "Hyväksymispäivä"],
      ["Asiatarkastus pvm", "Hyväksyntä pvm"],
    ]) {
      const { ledger, findings } = checkWorkbook(
        book({
          Laskut: [
            [...start, checked, approved],
            [...row, "5.2.2014", "6.2.2014"],
          ],
        }),
      );
      const line = ledger.invoices[0];
      assert.deepEqual([line.checker ?? "", line.approver ?? ""], ["", ""], `${checked} | ${approved}`);
      assert.deepEqual(
        findings.map((f) => f.code).filter((c) => c.startsWith("INVOICE_UN") || c === "COLUMN_NOT_UNDERSTOOD"),
        ["INVOICE_UNCHECKED", "INVOICE_UNAPPROVED"],
        `${checked} | ${approved}`,
      );
    }
    // Beside the names, the days are kept and the names read
    const both = buildLedger(
      book({
        Laskut: [
          [...start, "Asiatark.", "Asiatark. pvm", "Hyväks.", "Hyväks. pvm"],
          [...row, "Virtanen", "5.2.2014", "Korhonen", "6.2.2014"],
        ],
      }),
    );
    assert.deepEqual(both.findings, []);
    assert.deepEqual([both.ledger.invoices[0].checker, both.ledger.invoices[0].approver], ["Virtanen", "Korhonen"]);
  });

  it("reads Määrä beside a unit price as the quantity, and the amount from the amount or total column", () => {
    const read = (header: string[], row: (string | number)[]) => {
      const { ledger } = buildLedger(book({ Laskut: [header, row] }));
      return ledger.invoices.map((l) => [l.net, l.vat, l.gross]);
    };
    const start = ["Laskuttaja", "Laskun nro", "Ajalta", "Tilikohta"];
    const first = ["Verso", "V-8", "11/2015", "Koulutus"];
    // an invoice's lines as a billing system prints them: 16 hours at 50 € is 800 €, not 16 €
    assert.deepEqual(read([...start, "Määrä", "Yks", "À-hinta", "Veroton", "Alv", "Verollinen"], [...first, 16, "h", 50, 800, 192, 992]), [
      [80_000, 19_200, 99_200],
    ]);
    assert.deepEqual(read([...start, "Määrä", "A-hinta", "Yhteensä"], [...first, 16, 50, 800]), [[80_000, null, null]]);
    assert.deepEqual(read([...start, "Määrä (kpl)", "Yksikköhinta", "Summa"], [...first, 2, "400,00", "800,00"]), [[80_000, null, null]]);
    // without a unit price, Määrä is the amount, as before
    assert.deepEqual(read([...start, "Määrä", "ALV"], [...first, 800, 0]), [[80_000, 0, null]]);
  });

  it("reads the line total beside Määrä, À-hinta and ALV as the amount: the gross right of ALV, else the net", () => {
    const read = (header: string[], row: (string | number)[]) => {
      const { ledger, findings } = buildLedger(book({ Laskut: [header, row] }));
      const lines = ledger.invoices.map((l) => [l.net ?? (l.gross !== null && l.vat !== null ? l.gross - l.vat : null), l.vat, l.gross]);
      return { lines, codes: findings.map((f) => f.code) };
    };
    const start = ["Laskuttaja", "Laskun nro", "Ajalta", "Tilikohta"];
    const first = ["Verso", "V-8", "11/2015", "Koulutus"];
    // 16 hours at 50 € with 24 % VAT: 800 € net, 192 € VAT, 992 € with VAT; before, the table was lost (TABLE_NOT_FOUND)
    const right = read([...start, "Määrä", "À-hinta", "ALV", "Yhteensä"], [...first, 16, 50, 192, 992]);
    assert.deepEqual(right.lines, [[80_000, 19_200, 99_200]]);
    assert.ok(!right.codes.includes("TABLE_NOT_FOUND"));
    const left = read([...start, "Määrä", "À-hinta", "Yhteensä", "ALV"], [...first, 16, 50, 800, 192]);
    assert.deepEqual(left.lines, [[80_000, 19_200, null]]);
    assert.ok(!left.codes.includes("TABLE_NOT_FOUND"));
    // a total that says VAT included is the gross wherever it stands
    assert.deepEqual(read([...start, "Määrä", "À-hinta", "Yhteensä (sis. ALV)", "ALV"], [...first, 16, 50, 992, 192]).lines, [
      [80_000, 19_200, 99_200],
    ]);
  });

  it("reads the line total beside a quantity and a unit price with no amount column (Kpl | À-hinta | Yhteensä), and says nothing of them", () => {
    const read = (header: string[], row: (string | number)[]) => {
      const { ledger, findings } = buildLedger(book({ Laskut: [header, row] }));
      return { lines: ledger.invoices.map((l) => [l.net, l.vat, l.gross]), codes: findings.map((f) => f.code) };
    };
    const start = ["Laskuttaja", "Laskun nro", "Ajalta", "Selite"];
    const first = ["Verso", "V-8", "11/2015", "Koulutus"];
    // before, the table had no amount and was lost (TABLE_NOT_FOUND)
    assert.deepEqual(read([...start, "Kpl", "À-hinta", "Yhteensä"], [...first, 2, 150, 300]), { lines: [[30_000, null, null]], codes: [] });
    assert.deepEqual(read([...start, "Tunnit", "Yks", "À-hinta", "ALV", "Yhteensä"], [...first, 4, "h", 50, 48, 248]), {
      lines: [[null, 4800, 24_800]],
      codes: [],
    });
  });

  it("reads Määrä as the amount beside a quantity of its own: Kpl, Lkm or Tunnit | À-hinta | Määrä", () => {
    for (const count of ["Kpl", "Lkm", "Tunnit", "Antal", "Qty"]) {
      const { ledger } = buildLedger(
        book({
          Laskut: [
            ["Laskuttaja", "Laskun nro", "Ajalta", "Tilikohta", count, "À-hinta", "Määrä"],
            ["Verso", "V-8", "11/2015", "Koulutus", 2, 600, 1200],
          ],
        }),
      );
      assert.deepEqual(
        ledger.invoices.map((l) => l.net),
        [120_000],
        count,
      );
    }
  });

  it("reads no quantity as euros: Määrä beside À-hinta without a line total leaves the table without its amount, and says why", () => {
    const header = ["Laskuttaja", "Laskun nro", "Ajalta", "Tilikohta", "Määrä", "À-hinta", "ALV"];
    const row = ["Verso", "V-8", "11/2015", "Koulutus", 16, 50, 192];
    // before, the 16 hours were read as 16,00 € net
    assert.deepEqual(buildLedger(book({ Laskut: [header, row] })).ledger.invoices, []);
    const missing = checkWorkbook(book({ Laskut: [header, row] })).findings.find(
      (f) => f.code === "TABLE_NOT_FOUND" && f.params.kind === "invoices",
    );
    assert.ok(missing, "the ledger is reported missing");
    assert.equal(`${missing.sheet}!${missing.cell}`, "Laskut!A1");
    const en = renderMessage(missing, "en");
    assert.match(en, /missing: Net amount \/ Amount incl\. VAT\)/);
    assert.match(en, /Määrä, À-hinta are a quantity and a unit price, not an amount: add the line's amount as a column of its own\./);
    assert.match(renderMessage(missing, "fi"), /Määrä, À-hinta ovat määrä ja yksikköhinta, eivät summa/);
    assert.match(renderMessage(missing, "sv"), /Määrä, À-hinta är antal och enhetspris, inte ett belopp/);
    // and the map command suggests no column: mapping either as the amount would read pieces or euros per piece as the total
    assert.match(en, /--column COLUMN --field net/);
  });

  it("reads one period column typed as text", () => {
    const { ledger } = buildLedger(
      book({
        Laskut: [
          ["Laskuttaja", "Lasku", "Ajalta", "Summa"],
          ["Verso", "V-2", "3/2014", 100],
          ["SONet BOTNIA", "S-2", "1–4/2014", 50],
        ],
      }),
    );
    assert.deepEqual(
      ledger.invoices.map((l) => [l.periodStart, l.periodEnd]),
      [
        [16130, 16160],
        [16071, 16190],
      ],
    );
  });

  it("reads a period column headed Ajanjakso, Aikaväli or Tidsperiod, in a ledger and in the applications", () => {
    const { ledger, findings } = buildLedger(
      book({
        Laskut: [
          ["Laskuttaja", "Lasku", "Ajanjakso", "Summa"],
          ["Verso", "V-2", "3/2014", 100],
        ],
        Maksatukset: [
          ["Nro", "Ajanjakso", "Haettu"],
          [1, "1.4.2013 - 31.12.2013", 100],
        ],
        Ansökningar: [
          ["Nr", "Tidsperiod", "Ansökt belopp"],
          [2, "1.1.2014 – 31.12.2014", 200],
        ],
        Hakemukset: [
          ["Maksatushakemus", "Aikaväli", "Haettu summa"],
          [3, "1.1.2015–31.10.2015", 300],
        ],
      }),
    );
    assert.deepEqual(
      ledger.invoices.map((l) => [l.periodStart, l.periodEnd]),
      [[16130, 16160]],
    );
    assert.deepEqual(
      ledger.applications.map((a) => [a.number, a.start, a.end]),
      [
        ["1", 15796, 16070],
        ["2", 16071, 16435],
        ["3", 16436, 16739],
      ],
    );
    assert.deepEqual(
      findings.filter((f) => f.code === "COLUMN_NOT_UNDERSTOOD" || f.code === "REQUIRED_MISSING"),
      [],
    );
  });

  it("reads a period noun with a start or end word as the start and the end, not as the period", () => {
    const pairs = [
      ["alkaa", "päättyy"],
      ["från", "till"],
      ["start", "end"],
    ];
    for (const noun of ["Ajanjakso", "Aikaväli", "Tidsperiod"]) {
      for (const [from, to] of pairs) {
        const { ledger, findings } = buildLedger(
          book({
            Laskut: [
              ["Laskuttaja", "Lasku", `${noun} ${from}`, `${noun} ${to}`, "Summa"],
              ["Verso", "V-2", "1.3.2014", "31.3.2014", 100],
            ],
          }),
        );
        const header = `${noun} ${from} | ${noun} ${to}`;
        assert.deepEqual(
          ledger.invoices.map((l) => [l.periodStart, l.periodEnd]),
          [[16130, 16160]],
          header,
        );
        assert.deepEqual(
          findings.map((f) => f.code).filter((c) => c !== "INVOICE_UNCHECKED" && c !== "INVOICE_UNAPPROVED"),
          [],
          header,
        );
      }
    }
    for (const noun of ["Ajanjakso", "Aikaväli", "Tidsperiod", "Maksatuskausi", "Hakemuskausi"]) {
      for (const [from, to] of pairs) {
        const { ledger, findings } = buildLedger(
          book({
            Maksatukset: [
              ["Nro", `${noun} ${from}`, `${noun} ${to}`, "Haettu"],
              [1, "1.4.2013", "31.12.2013", 100],
            ],
          }),
        );
        const header = `${noun} ${from} | ${noun} ${to}`;
        assert.deepEqual(
          ledger.applications.map((a) => [a.number, a.start, a.end]),
          [["1", 15796, 16070]],
          header,
        );
        assert.deepEqual(
          findings.filter((f) => f.code === "COLUMN_NOT_UNDERSTOOD" || f.code === "VALUE_NOT_A_DATE" || f.code === "REQUIRED_MISSING"),
          [],
          header,
        );
      }
    }
  });

  it("skips blank and total rows", () => {
    const { ledger } = buildLedger(
      book({ Laskut: [FI, ROW, [], ROW.map((_, i) => (i === 1 ? "Yhteensä" : i === 7 ? "4 200,00" : null))] }),
    );
    assert.equal(ledger.invoices.length, 1);
  });

  it("skips a note typed into the table, and still reads a row with one word in it", () => {
    const note = (text: string, col = 0) => FI.map((_, i) => (i === col ? text : null));
    const { ledger, findings } = buildLedger(
      book({ Laskut: [FI, ROW, note("Huom: laskut 3/2014 puuttuvat"), note("maaliskuun laskut tulevat myöhemmin", 12), note("Verso", 1)] }),
    );
    assert.equal(ledger.invoices.length, 2);
    assert.equal(ledger.invoices[1].partner, "Verso");
    assert.ok(findings.some((f) => f.code === "REQUIRED_MISSING" && f.cell === "H5"));
  });

  it("reads a header that spans two rows, a merged upper cell over its lower ones", () => {
    const upper = [
      "Päivämäärä",
      "Laskuttaja",
      "Laskun numero",
      "Ajalta",
      null,
      "Laji",
      "Tilikohta",
      "Summa",
      null,
      "Asiatarkastaja",
      "Hyväksyjä",
    ];
    const lower = [null, null, null, "alkaen", "päättyen", null, null, "ALV 0", "ALV", null, null];
    const data = ["5.9.2013", "Pikassos", "P1", "1.8.2013", "31.8.2013", "kiinteä", "Palkat", 5200, 0, "Mäkinen", "Lahtinen"];
    const { ledger, findings } = buildLedger(
      book({ Laskut: [["Laskut 2013"], upper, lower, data, data.map((v, i) => (i === 7 ? "viisi" : v))] }),
    );
    assert.equal(ledger.invoices.length, 2);
    const [line] = ledger.invoices;
    assert.deepEqual([line.periodStart !== null, line.periodEnd !== null, line.net, line.vat], [true, true, 520_000, 0]);
    assert.equal(ledger.tables.invoices[0].headerRow, 2);
    assert.deepEqual(
      findings.map((f) => [f.code, f.cell, f.params.field]),
      [["VALUE_NOT_A_NUMBER", "H5", "Summa ALV 0"]],
    );
  });

  it("reads a row of units under the header (pvm | € | k/e) as the header's, no record", () => {
    const units = [null, null, null, "pvm", "pvm", null, null, "€", "(€)", "k/e", null, null, null];
    const { ledger, findings } = buildLedger(book({ Laskut: [FI, units, ROW] }));
    assert.deepEqual(
      ledger.invoices.map((l) => [l.number, l.net, l.vat]),
      [["V-1", 420_000, 0]],
    );
    assert.equal(ledger.tables.invoices[0].headerRow, 1);
    assert.deepEqual(findings, []);

    const budget = buildLedger(
      book({
        Budjetti: [["Budjetti"], ["Kumppani", "Tilikohta", "2014", "2015"], [null, null, "€", "€"], ["Verso", "Palkat", 1000, 2000]],
      }),
    );
    assert.deepEqual(
      budget.ledger.budget.map((b) => [b.year, b.amount]),
      [
        [2014, 100_000],
        [2015, 200_000],
      ],
    );
    assert.deepEqual(budget.findings, []);
  });

  it("reads a two-row header whose upper row alone names neither the amount nor the period (Euroa over veroton | ALV)", () => {
    const upper = [
      "Päivämäärä",
      "Laskuttaja",
      "Laskun numero",
      "Laskutuskausi",
      null,
      "Laji",
      "Euroa",
      null,
      "Asiatarkastaja",
      "Hyväksyjä",
    ];
    const lower = [null, null, null, "alkaa", "päättyy", null, "veroton", "ALV", null, null];
    const data = ["5.9.2013", "Pikassos", "P1", "1.8.2013", "31.8.2013", "kiinteä", 5200, 1248, "Mäkinen", "Lahtinen"];
    const { ledger, findings } = buildLedger(book({ Laskut: [["Laskut 2013"], upper, lower, data] }));
    assert.deepEqual(findings, []);
    const [line] = ledger.invoices;
    assert.deepEqual([line.periodStart, line.periodEnd, line.net, line.vat], [15918, 15948, 520_000, 124_800]);
    assert.equal(ledger.tables.invoices[0].headerRow, 2);
  });

  it("reads the start and the end under a period word (Kausi over alku | loppu, Jakso over mistä | mihin), never the start's month alone", () => {
    for (const [word, start, end] of [
      ["Kausi", "alku", "loppu"],
      ["Jakso", "mistä", "mihin"],
    ]) {
      const upper = ["Päivämäärä", "Laskuttaja", "Laskun numero", word, null, "Summa"];
      const lower = [null, null, null, start, end, null];
      const data = ["5.9.2013", "Pikassos", "P1", "1.6.2013", "31.7.2013", 3500];
      const { ledger, findings } = buildLedger(book({ Laskut: [upper, lower, data] }));
      assert.deepEqual(findings, [], word);
      assert.deepEqual(
        ledger.invoices.map((l) => [l.periodStart, l.periodEnd]),
        [[15857, 15917]],
        word,
      );
    }
  });

  it("reads a partner's window under the abbreviated headers the ledger takes (Alkupvm | Loppupvm, Alkamispäivä | Päättymispäivä)", () => {
    for (const [from, to] of [
      ["Alkupvm", "Loppupvm"],
      ["Alkamispäivä", "Päättymispäivä"],
      ["Sopimuksen alkupvm", "Sopimuksen loppupvm"],
    ]) {
      const { ledger, findings } = buildLedger(
        book({
          Kumppanit: [
            ["Kumppani", "Laskutustapa", from, to],
            ["Verso", "kuukausi+tasaus", "1.4.2013", "31.10.2015"],
          ],
        }),
      );
      assert.deepEqual(
        ledger.partners.map((p) => [p.name, p.start, p.end]),
        [["Verso", 15796, 16739]],
        `${from} | ${to}`,
      );
      assert.deepEqual(findings, [], `${from} | ${to}`);
    }
  });

  it("does not take the first data row for a second header row", () => {
    const { ledger } = buildLedger(
      book({
        Kumppanit: [
          ["Kumppani", "Laskutustapa", "ALV palautuu"],
          ["Verso", "kuukausi+tasaus", "kyllä"],
          ["Pikassos", "kolmannes", "ei"],
        ],
      }),
    );
    assert.deepEqual(
      ledger.partners.map((p) => p.name),
      ["Verso", "Pikassos"],
    );
  });

  it("does not take a summary of costs by partner, or realised costs by year, for a table", () => {
    const { ledger } = buildLedger(
      book({
        Yhteenveto: [
          ["Kumppani", "Summa"],
          ["Verso", 50_000],
          [],
          ["Vuosi", "Kumppani", "Toteutuneet kustannukset"],
          [2014, "Verso", 50_000],
        ],
      }),
    );
    assert.deepEqual(
      [ledger.invoices.length, ledger.budget.length, ledger.tables.invoices.length, ledger.tables.budget.length],
      [0, 0, 0, 0],
    );
  });

  it("reads a budget with its realised costs beside it, the budget only", () => {
    const { ledger, findings } = buildLedger(
      book({
        Budjetti: [
          ["Vuosi", "Tilikohta", "Budjetti", "Toteuma"],
          [2014, "Palkat", 100_000, 80_000],
        ],
      }),
    );
    assert.deepEqual(
      ledger.budget.map((b) => b.amount),
      [10_000_000],
    );
    assert.deepEqual(findings, []);
  });

  it("takes the partner of a ledger without Laskuttaja from its sheet's name or title", () => {
    const header = FI.filter((h) => h !== "Laskuttaja");
    const row = ROW.filter((_, i) => i !== 1);
    const partner = (name: string, scheme: string) => [name, scheme, "1.1.2014", "31.12.2014", "ei"];
    const kumppanit = [
      ["Kumppani", "Laskutustapa", "Alkaa", "Päättyy", "ALV palautuu"],
      partner("Pikassos Oy", "kuukausi+tasaus"),
      partner("Verso", "kuukausi+tasaus"),
      partner("Verso Plus", "kolmannes"),
    ];
    const { ledger, findings } = buildLedger(
      book({
        Kumppanit: kumppanit,
        Pikassos: [header, row],
        "Laskut 2014": [["VERSO – laskut"], header, row],
      }),
    );
    assert.deepEqual(
      ledger.invoices.map((l) => l.partner),
      ["Pikassos Oy", "Verso"],
    );
    assert.deepEqual(findings, []);
  });

  it("reports a missing Laskuttaja once for the table when no partner's name stands above it", () => {
    const header = FI.filter((h) => h !== "Laskuttaja");
    const row = ROW.filter((_, i) => i !== 1);
    const kumppanit = [
      ["Kumppani", "Laskutustapa", "Alkaa", "Päättyy", "ALV palautuu"],
      ["Verso", "kuukausi+tasaus", "1.1.2014", "31.12.2014", "ei"],
    ];
    const { ledger, findings } = buildLedger(book({ Kumppanit: kumppanit, Laskut: [["Versoton"], header, row, row] }));
    assert.deepEqual(
      ledger.invoices.map((l) => l.partner),
      ["", ""],
    );
    assert.deepEqual(
      findings.map((f) => [f.code, f.cell]),
      [["REQUIRED_MISSING", "A2"]],
    );
  });

  it("finds a table stacked below the ledger, under its own title, whatever stands in the ledger's amount column", () => {
    const { ledger, findings } = buildLedger(
      book({
        Taul1: [
          FI,
          ROW,
          [],
          ["Maksatukset"],
          ["Nro", "Ajalta alkaen", "Ajalta päättyen", "Haettu", "Maksettu"],
          [1, "1.4.2013", "31.12.2013", 1000, 1000],
        ],
      }),
    );
    assert.deepEqual([ledger.invoices.length, ledger.applications.length], [1, 1]);
    assert.deepEqual(findings, []);
  });

  it("reads ledgers split over several sheets", () => {
    const { ledger } = buildLedger(book({ "Laskut 2013": [FI, ROW], "Laskut 2014": [FI, ROW, ROW] }));
    assert.equal(ledger.invoices.length, 3);
    assert.equal(ledger.tables.invoices.length, 2);
  });
});

describe("reading cells", () => {
  it("reports a formula error in the cell it stands in", () => {
    const { ledger, findings } = buildLedger(book({ Laskut: [FI, ROW.map((v, i) => (i === 7 ? { error: "#REF!" } : v))] }));
    assert.equal(ledger.invoices[0].net, null);
    assert.deepEqual(
      findings.map((f) => [f.code, f.sheet, f.cell]),
      [["CELL_FORMULA_ERROR", "Laskut", "H2"]],
    );
  });

  it("reports text that is not an amount, never a silent zero", () => {
    const { ledger, findings } = buildLedger(book({ Laskut: [FI, ROW.map((v, i) => (i === 7 ? "noin 4000" : v))] }));
    assert.equal(ledger.invoices[0].net, null);
    assert.equal(findings[0].code, "VALUE_NOT_A_NUMBER");
    assert.equal(findings[0].cell, "H2");
  });

  it("reports an ambiguous amount", () => {
    const { findings } = buildLedger(book({ Laskut: [FI, ROW.map((v, i) => (i === 7 ? "4,200" : v))] }));
    assert.deepEqual(
      findings.map((f) => [f.code, f.params.why]),
      [["VALUE_NOT_A_NUMBER", "ambiguous"]],
    );
  });

  it("reads Finnish text amounts with no-break spaces and a true minus sign", () => {
    const { ledger } = buildLedger(book({ Laskut: [FI, ROW.map((v, i) => (i === 7 ? "\u22121\u00a0234,50" : v))] }));
    assert.equal(ledger.invoices[0].net, -123_450);
  });

  it("reports a date that is not one", () => {
    const { findings } = buildLedger(book({ Laskut: [FI, ROW.map((v, i) => (i === 3 ? "31.2.2014" : v))] }));
    assert.deepEqual(
      findings.map((f) => [f.code, f.cell]),
      [["VALUE_NOT_A_DATE", "D2"]],
    );
  });

  it("reads dates in the 1904 system", () => {
    const serial1904 = 41640 - 1462;
    const { ledger } = buildLedger(book({ Laskut: [FI, ROW.map((v, i) => (i === 3 ? serial1904 : v))] }, true));
    assert.equal(ledger.invoices[0].periodStart, 16071); // 1.1.2014
  });

  it("reports a required value missing in a row that has other data", () => {
    const { findings } = buildLedger(book({ Laskut: [FI, ROW.map((v, i) => (i === 1 ? null : v))] }));
    assert.deepEqual(
      findings.map((f) => [f.code, f.cell]),
      [["REQUIRED_MISSING", "B2"]],
    );
  });

  it("reports a word outside an enumeration", () => {
    const { findings } = buildLedger(book({ Laskut: [FI, ROW.map((v, i) => (i === 5 ? "ennakko" : v))] }));
    assert.deepEqual(
      findings.map((f) => [f.code, f.cell]),
      [["VALUE_NOT_UNDERSTOOD", "F2"]],
    );
  });

  it("does not read a time of day as a date, in either date system", () => {
    for (const date1904 of [false, true]) {
      const { ledger, findings } = buildLedger(book({ Laskut: [FI, ROW.map((v, i) => (i === 0 ? 0.5 : v))] }, date1904));
      assert.equal(ledger.invoices[0].date, null);
      assert.deepEqual(
        findings.map((f) => [f.code, f.cell]),
        [["VALUE_NOT_A_DATE", "A2"]],
      );
    }
  });
});

describe("key/value blocks", () => {
  it("finds Hanke keys wherever they stand, with values to their right", () => {
    const { ledger } = buildLedger(
      book({
        Yhteenveto: [
          ["Lapin sosiaalityön kehittämisyksikkö"],
          [],
          [null, "Hankkeen nimi:", null, "Lapin kehittämisyksikkö"],
          [null, "Alkaa", "1.11.2008"],
          [null, "Päättyy", 40908],
          [null, "Hyväksyttävät kustannukset", "1 828 204"],
          [null, "Valtionavustus", 1371152],
          [null, "Kuntaosuus", 457052],
          [null, "Valtionavustus-%", "75 %"],
        ],
      }),
    );
    const p = ledger.project;
    assert.equal(p.name?.value, "Lapin kehittämisyksikkö");
    assert.equal(p.start?.value, 14184);
    assert.equal(p.eligible?.value, 182_820_400);
    assert.equal(p.stateGrant?.cell, "C7");
    assert.equal(p.rate?.value, 750_000);
    assert.deepEqual(
      ledger.tables.project.map((t) => t.sheet),
      ["Yhteenveto"],
    );
  });

  it("reads keys that head columns, with each value below its key", () => {
    const { ledger, findings } = buildLedger(
      book({
        Hanke: [
          ["Hanke", "Alkaa", "Päättyy", null, "Hyväksyttävät kustannukset", "Valtionavustus"],
          ["LasSe", "1.4.2013", "31.10.2015", null, 1828204, 1371152],
        ],
      }),
    );
    assert.deepEqual(findings, []);
    assert.equal(ledger.project.name?.value, "LasSe");
    assert.equal(ledger.project.end?.cell, "C2");
    assert.equal(ledger.project.stateGrant?.value, 137_115_200);
  });

  it("reads two key/value pairs side by side in one row as pairs", () => {
    const { ledger } = buildLedger(
      book({
        Hanke: [
          ["Alkaa", "1.4.2013", "Päättyy", "31.10.2015"],
          ["Valtionavustus", 1371152],
        ],
      }),
    );
    assert.equal(ledger.project.start?.cell, "B1");
    assert.equal(ledger.project.end?.cell, "D1");
  });

  it("reads a project name that holds the word of its own key as the value, not as a second key", () => {
    const { ledger } = buildLedger(
      book({
        Hanke: [
          ["Hanke", "Pieni hanke"],
          ["Alkaa", "1.4.2013"],
          ["Päättyy", "31.10.2015"],
        ],
      }),
    );
    assert.equal(ledger.project.name?.value, "Pieni hanke");
    assert.equal(ledger.project.start?.cell, "B2");
  });

  it("reads settings with defaults for what is not set", () => {
    const { ledger } = buildLedger(
      book({
        Asetukset: [
          ["Tarkastuspäivä", "31.12.2014"],
          ["Alikäytön raja", 0.6],
        ],
      }),
    );
    assert.equal(ledger.settings.asOf, 16435);
    assert.equal(ledger.settings.underusePace, 0.6);
    assert.equal(ledger.settings.monthGraceDays, 30);
  });
});
