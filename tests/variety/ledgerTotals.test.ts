import assert from "node:assert/strict";
import { dayFromYmd } from "../../src/periods";
import { invoicesOf, read } from "./support";

const d = dayFromYmd;

describe("variety: a municipal ledger with titles, subtotals per month and a grand total", () => {
  it("reads the invoices and skips every total, labelled anywhere or not at all", () => {
    const { ledger, findings } = read({
      "Laskut 2014": [
        ["Tampereen kaupunki / LasSe-hanke"],
        ["Osaamiskeskusten laskut 2014", null, null, null, null, "päivitetty 3.3.2014"],
        [],
        [null, "Pvm", "Laskuttaja", "Laskun nro", "Ajalta", "Tilikohta", "Summa\n(ALV 0)", "ALV\n€"],
        [null, 41671, "Pikassos Oy", 20140101, "1/2014", "Palkat", 8_000, 0],
        [null, 41673, "Verso", "V-14-1", "1/2014", "Palkat", "4 200,00", "0,00"],
        ["Yhteensä tammikuu", null, null, null, null, null, 12_200, 0],
        [null, 41701, "Pikassos Oy", 20140201, "2/2014", "Palkat", 8_000, 0],
        [null, null, "Helmikuu yhteensä", null, null, null, 8_000, null],
        [null, null, null, null, null, null, 20_200, 0],
        [null, null, null, null, null, "KAIKKI YHTEENSÄ", 20_200, 0],
      ],
    });
    assert.deepEqual(
      ledger.invoices.map((i) => [i.partner, i.number, i.periodStart, i.net]),
      [
        ["Pikassos Oy", "20140101", d(2014, 1, 1), 800_000],
        ["Verso", "V-14-1", d(2014, 1, 1), 420_000],
        ["Pikassos Oy", "20140201", d(2014, 2, 1), 800_000],
      ],
    );
    assert.deepEqual(findings, []);
  });
});

describe("variety: budgets with Haettu and Vahvistettu side by side", () => {
  it("reads a long budget with a column per version", () => {
    const { ledger, findings } = read({
      Budjetti: [
        ["LasSe-hankkeen budjetti"],
        ["Vuosi", "Osaamiskeskus", "Kustannuslaji", "Haettu €", "Vahvistettu €", "Muutos"],
        [2014, "Pikassos", "Palkat", 100_000, 90_000, -10_000],
        [2014, "Verso", "Palkat", 50_000, 45_000, -5_000],
        ["Yhteensä", null, null, 150_000, 135_000, -15_000],
      ],
    });
    assert.deepEqual(
      ledger.budget.map((b) => [b.year, b.partner, b.version, b.amount]),
      [
        [2014, "Pikassos", "applied", 10_000_000],
        [2014, "Pikassos", "confirmed", 9_000_000],
        [2014, "Verso", "applied", 5_000_000],
        [2014, "Verso", "confirmed", 4_500_000],
      ],
    );
    assert.deepEqual(findings, [["COLUMN_NOT_UNDERSTOOD", "Budjetti!F2"]]);
  });

  it("reads a wide budget by partner with Haettu and Vahvistettu per year, in one header row", () => {
    const { ledger, findings } = read({
      Taul1: [
        ["Kumppani", "Tilikohta", "Haettu 2014", "Vahvistettu 2014", "Haettu 2015", "Vahvistettu 2015"],
        ["Pikassos", "Palkat", 100_000, 90_000, 100_000, 95_000],
      ],
    });
    assert.deepEqual(
      ledger.budget.map((b) => [b.year, b.version, b.amount]),
      [
        [2014, "applied", 10_000_000],
        [2014, "confirmed", 9_000_000],
        [2015, "applied", 10_000_000],
        [2015, "confirmed", 9_500_000],
      ],
    );
    assert.deepEqual(findings, []);
  });

  it("reads years merged over Haettu | Vahvistettu (two header rows), with a Yhteensä row", () => {
    const { ledger, findings } = read({
      Talousarvio: [
        ["Talousarvio 2014–2015 (€, alv 0 %)"],
        ["Osaamiskeskus", "Tilikohta", 2014, null, 2015, null],
        [null, null, "Haettu", "Vahvistettu", "Haettu", "Vahvistettu"],
        ["Verso", "Palkat", 50_000, 45_000, 50_000, 48_000],
        ["Verso", "Vuokrat", "5 000", "4 000", null, null],
        ["Yhteensä", null, 55_000, 49_000, 50_000, 48_000],
      ],
    });
    assert.deepEqual(
      ledger.budget.map((b) => [b.year, b.line, b.version, b.amount]),
      [
        [2014, "Palkat", "applied", 5_000_000],
        [2014, "Palkat", "confirmed", 4_500_000],
        [2015, "Palkat", "applied", 5_000_000],
        [2015, "Palkat", "confirmed", 4_800_000],
        [2014, "Vuokrat", "applied", 500_000],
        [2014, "Vuokrat", "confirmed", 400_000],
      ],
    );
    assert.deepEqual(findings, []);
  });
});

describe("variety: a budget per partner in a wide layout, partners merged over their lines", () => {
  it("reads each line's years for its partner and skips the partners' and the grand totals", () => {
    const { ledger, findings } = read({
      Kustannusarvio: [
        ["LASSE-HANKKEEN KUSTANNUSARVIO (€, alv 0 %)"],
        [null, null, "v. 2013", "v. 2014", "v. 2015", "Yhteensä"],
        ["Osaamiskeskus", "Kustannuslaji"],
        ["Pikassos", "Palkat", 20_000, 120_000, 100_000, 240_000],
        [null, "Vuokrat", 2_000, 12_000, 10_000, 24_000],
        ["Pikassos yhteensä", null, 22_000, 132_000, 110_000, 264_000],
        ["Verso", "Palkat", "5 000", "50 000", "40 000", "95 000"],
        ["Yhteensä", null, 27_000, 182_000, 150_000, 359_000],
      ],
    });
    assert.deepEqual(
      ledger.budget.map((b) => [b.year, b.partner, b.line, b.amount]),
      [
        [2013, "Pikassos", "Palkat", 2_000_000],
        [2014, "Pikassos", "Palkat", 12_000_000],
        [2015, "Pikassos", "Palkat", 10_000_000],
        [2013, "Pikassos", "Vuokrat", 200_000],
        [2014, "Pikassos", "Vuokrat", 1_200_000],
        [2015, "Pikassos", "Vuokrat", 1_000_000],
        [2013, "Verso", "Palkat", 500_000],
        [2014, "Verso", "Palkat", 5_000_000],
        [2015, "Verso", "Palkat", 4_000_000],
      ],
    );
    // the Yhteensä column right of the years is a total: nothing to say of it
    assert.deepEqual(findings, []);
  });
});

describe("variety: a ledger sorted by partner, each partner's lines summed under them by its name alone", () => {
  const header = ["Pvm", "Laskuttaja", "Laskun nro", "Ajalta", "Tilikohta", "Selite", "Summa €"];
  const pikassos = [
    [41671, "Pikassos Oy", "P-1", "1/2014", "Palkat", null, 8_000],
    [41701, "Pikassos Oy", "P-2", "2/2014", "Palkat", null, 8_000],
  ];
  const verso = [
    [41673, "Verso", "V-1", "1/2014", "Palkat", null, 4_200],
    [41703, "Verso", "V-2", "2/2014", "Vuokrat", null, "1 000,00"],
  ];

  it("reads no subtotal as an invoice, its name in Laskuttaja or in the first column, from the last subtotal on", () => {
    const { ledger, findings } = read({
      Laskut: [
        header,
        ...pikassos,
        [null, "Pikassos", null, null, null, null, 16_000],
        [41730, "Pikassos Oy", "P-3", "3/2014", "Palkat", null, 8_000],
        [41760, "Pikassos Oy", "P-4", "4/2014", "Palkat", null, 8_500],
        [null, "PIKASSOS", null, null, null, null, 16_500],
        ...verso,
        ["Verso", null, null, null, null, null, "5 200,00"],
        [null, null, null, null, null, null, 37_700],
      ],
    });
    assert.deepEqual(
      invoicesOf(ledger).map(([partner, number, , , net]) => [partner, number, net]),
      [
        ["Pikassos Oy", "P-1", 800_000],
        ["Pikassos Oy", "P-2", 800_000],
        ["Pikassos Oy", "P-3", 800_000],
        ["Pikassos Oy", "P-4", 850_000],
        ["Verso", "V-1", 420_000],
        ["Verso", "V-2", 100_000],
      ],
    );
    assert.deepEqual(findings, []);
  });

  it("reads no subtotal named in Selite as a further line of the invoice above, as an ERP report's continuation lines are", () => {
    const { ledger, findings } = read({
      Laskut: [
        header,
        ...verso,
        [null, null, null, null, null, "Verso", "5 200,00"],
        ...pikassos.slice(0, 1),
        [null, null, null, null, "Vuokrat", "vuokra tammikuu", 500],
      ],
    });
    assert.deepEqual(
      invoicesOf(ledger).map(([partner, number, , , net]) => [partner, number, net]),
      [
        ["Verso", "V-1", 420_000],
        ["Verso", "V-2", 100_000],
        ["Pikassos Oy", "P-1", 800_000],
        ["Pikassos Oy", "P-1", 50_000],
      ],
    );
    assert.deepEqual(findings, []);
  });

  it("still reads a name and an amount that sum nothing above as an unfinished row, and one line's amount again", () => {
    const { ledger, findings } = read({
      Laskut: [
        header,
        ...pikassos,
        // the sum left short of the lines (a row added under the =SUMMA's range), and March begun with February's amount
        [null, "Pikassos", null, null, null, null, 8_500],
        ...verso.slice(0, 1),
        [null, "Verso", null, null, null, null, 4_200],
      ],
    });
    assert.deepEqual(
      invoicesOf(ledger).map(([partner, number, , , net]) => [partner, number, net]),
      [
        ["Pikassos Oy", "P-1", 800_000],
        ["Pikassos Oy", "P-2", 800_000],
        ["Pikassos", "", 850_000],
        ["Verso", "V-1", 420_000],
        ["Verso", "", 420_000],
      ],
    );
    assert.deepEqual(findings, [
      ["REQUIRED_MISSING", "Laskut!D4"],
      ["REQUIRED_MISSING", "Laskut!D6"],
    ]);
  });
});

describe("variety: a budget and municipal shares with a subtotal per partner or payer under its rows", () => {
  it("reads no subtotal of a partner's budget lines or a payer's shares as a row, and still a row missing only its year", () => {
    const { ledger, findings } = read({
      Budjetti: [
        ["Vuosi", "Kumppani", "Tilikohta", "Summa"],
        [2014, "Pikassos", "Palkat", 50_000],
        [2014, "Pikassos", "Vuokrat", 5_000],
        [null, "Pikassos", null, 55_000],
        [2014, "Verso", "Palkat", 40_000],
        [null, "Verso", "Vuokrat", 4_000],
      ],
      Kuntaosuudet: [
        ["Vuosi", "Kunta", "Maksaja", "Summa"],
        [2014, "Hattula", "Linnan kuntayhtymä", 1_000],
        [2014, "Janakkala", "Linnan kuntayhtymä", 2_000],
        [null, null, "Linnan kuntayhtymä", 3_000],
        [2014, "Tampere", null, 5_000],
      ],
    });
    assert.deepEqual(
      ledger.budget.map((b) => [b.year, b.partner, b.line, b.amount]),
      [
        [2014, "Pikassos", "Palkat", 5_000_000],
        [2014, "Pikassos", "Vuokrat", 500_000],
        [2014, "Verso", "Palkat", 4_000_000],
        [null, "Verso", "Vuokrat", 400_000],
      ],
    );
    assert.deepEqual(
      ledger.muniShares.map((m) => [m.year, m.municipality, m.amount]),
      [
        [2014, "Hattula", 100_000],
        [2014, "Janakkala", 200_000],
        [2014, "Tampere", 500_000],
      ],
    );
    assert.deepEqual(
      findings.filter(([code]) => code !== "TABLE_NOT_FOUND"),
      [["REQUIRED_MISSING", "Budjetti!A6"]],
    );
  });
});
