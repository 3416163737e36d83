import assert from "node:assert/strict";
import { dayFromYmd } from "../../src/periods";
import { read } from "./support";

const d = dayFromYmd;

describe("variety: a ledger whose dates, periods and amounts were typed as text", () => {
  it("reads every form a coordinator types, with no finding", () => {
    const { ledger, findings } = read({
      Laskut: [
        ["Laskut (tuotu kumppanien koosteista)"],
        ["Laskun pvm", "Osaamiskeskus", "Lasku nro", "Laskutuskausi", "Summa € (alv 0 %)"],
        ["3.2.2014", "Verso", "V-1", "tammikuu/2014", "1 234,50 €"],
        ["28. 2. 2014", "Verso", "V-2", "helmi-14", "1.234,50"],
        [41701.4375, "Verso", "V-3", "1.-31.3.2014", "1234,5"],
        ["2014-04-03 00:00:00", "Verso", "V-4", "1.1.-31.3.14", "-200,00"],
        ["3.5.14", "Verso", "V-5", "huhtikuu 2014", "(200,00)"],
        ["3.6.2014 klo 9.15", "Verso", "V-6", "jan-14", "1 234,-"],
      ],
    });
    assert.deepEqual(
      ledger.invoices.map((i) => [i.number, i.date, i.periodStart, i.periodEnd, i.net]),
      [
        ["V-1", d(2014, 2, 3), d(2014, 1, 1), d(2014, 1, 31), 123_450],
        ["V-2", d(2014, 2, 28), d(2014, 2, 1), d(2014, 2, 28), 123_450],
        ["V-3", d(2014, 3, 3), d(2014, 3, 1), d(2014, 3, 31), 123_450],
        ["V-4", d(2014, 4, 3), d(2014, 1, 1), d(2014, 3, 31), -20_000],
        ["V-5", d(2014, 5, 3), d(2014, 4, 1), d(2014, 4, 30), -20_000],
        ["V-6", d(2014, 6, 3), d(2014, 1, 1), d(2014, 1, 31), 123_400],
      ],
    );
    assert.deepEqual(findings, []);
  });

  it("reads the invoice kinds and eligible marks in the words a coordinator types, with no finding", () => {
    const { ledger, findings } = read({
      Laskut: [
        ["Pvm", "Laskuttaja", "Laskun nro", "Ajalta", "Laji", "Summa", "Hyväksyttävä"],
        ["3.2.2014", "Verso", "V-1", "1/2014", "Kuukausilaskutus", "100,00", "OK"],
        ["3.3.2014", "Verso", "V-2", "2/2014", "kk-laskutus", "100,00", "ok"],
        ["3.4.2014", "Verso", "V-3", "1-3/2014", "neljännesvuositasaus", "-20,00", "kyllä"],
        ["15.5.2014", "SONet BOTNIA", "S-1", "1-4/2014", "Kolmannes", "900,00", "kyllä"],
        ["15.9.2014", "SONet BOTNIA", "S-2", "5-8/2014", "kolmanneslasku", "900,00", "ei"],
      ],
    });
    assert.deepEqual(
      ledger.invoices.map((i) => [i.number, i.kind, i.eligible]),
      [
        ["V-1", "fixed", true],
        ["V-2", "fixed", true],
        ["V-3", "reconciliation", true],
        ["S-1", "actual", true],
        ["S-2", "actual", false],
      ],
    );
    assert.deepEqual(findings, []);
  });

  it("reads a month, quarter or year typed into Ajalta alkaen, its end blank or typed alike, as that period", () => {
    const { ledger, findings } = read({
      Laskut: [
        ["Pvm", "Laskuttaja", "Laskun nro", "Ajalta alkaen", "Ajalta päättyen", "Summa (ALV 0)"],
        ["3.2.2014", "Verso", "V-1", "1/2014", null, "100,00"],
        ["3.4.2014", "Verso", "V-2", "2/2014", "3/2014", "100,00"],
        ["3.4.2014", "Verso", "V-3", "Q1/2014", "", "100,00"],
        ["3.5.2014", "Verso", "V-4", "huhtikuu 2014", null, "100,00"],
        ["3.6.2014", "Verso", "V-5", "1.5.2014", "31.5.2014", "100,00"],
      ],
    });
    assert.deepEqual(
      ledger.invoices.map((i) => [i.number, i.periodStart, i.periodEnd]),
      [
        ["V-1", d(2014, 1, 1), d(2014, 1, 31)],
        ["V-2", d(2014, 2, 1), d(2014, 3, 31)],
        ["V-3", d(2014, 1, 1), d(2014, 3, 31)],
        ["V-4", d(2014, 4, 1), d(2014, 4, 30)],
        ["V-5", d(2014, 5, 1), d(2014, 5, 31)],
      ],
    );
    assert.deepEqual(findings, []);
    // An end before the typed start is no period: both cells are reported as they are
    const reversed = read({
      Laskut: [
        ["Pvm", "Laskuttaja", "Laskun nro", "Ajalta alkaen", "Ajalta päättyen", "Summa (ALV 0)"],
        ["3.4.2014", "Verso", "V-1", "3/2014", "1/2014", "100,00"],
      ],
    });
    assert.deepEqual(reversed.findings, [
      ["VALUE_NOT_A_DATE", "Laskut!D2"],
      ["VALUE_NOT_A_DATE", "Laskut!E2"],
    ]);
  });

  it("reads a partner's window typed as months (12/2013 | 9/2015, joulukuu 2013): from the first day of the first to the last of the last", () => {
    const { ledger, findings } = read({
      Kumppanit: [
        ["Kumppani", "Laskutustapa", "Alkaa", "Päättyy", "ALV palautuu"],
        ["Verso", "kuukausi+tasaus", "12/2013", "9/2015", "kyllä"],
        ["SONet BOTNIA", "kolmannes", "joulukuu 2013", "syyskuu 2015", "ei"],
        ["Pikassos", "kuukausi+tasaus", "1.8.2013", "Q4/2015", "kyllä"],
      ],
    });
    assert.deepEqual(
      ledger.partners.map((p) => [p.name, p.start, p.end]),
      [
        ["Verso", d(2013, 12, 1), d(2015, 9, 30)],
        ["SONet BOTNIA", d(2013, 12, 1), d(2015, 9, 30)],
        ["Pikassos", d(2013, 8, 1), d(2015, 12, 31)],
      ],
    );
    assert.deepEqual(findings, []);
  });

  it("reads amounts under a header in thousands of euros (Summa (1000 €), t€, k€, tusen euro) as thousands, other € headers as euros", () => {
    const { ledger, findings } = read({
      Budjetti: [
        ["Vuosi", "Tilikohta", "Summa (1000 €)"],
        [2014, "Palkat", 88.5],
        [2014, "Vuokrat", "5,6"],
        [2014, "Matkat", 0.0125],
      ],
      Kuntaosuudet: [
        ["Vuosi", "Kunta", "Kuntaosuus, t€"],
        [2014, "Tampere", 12.34567],
      ],
      Laskut: [
        ["Laskuttaja", "Laskun nro", "Ajalta", "Netto €", "ALV €"],
        ["Verso", "V-1", "1/2014", 4200, 0],
      ],
    });
    assert.deepEqual(
      ledger.budget.map((b) => b.amount),
      [8_850_000, 560_000, 1_250],
    );
    assert.deepEqual(
      ledger.muniShares.map((m) => m.amount),
      [1_234_567],
    );
    assert.deepEqual(
      ledger.invoices.map((i) => i.net),
      [420_000],
    );
    assert.deepEqual(findings, []);
  });

  it("reads a budget in thousands where its title, its sheet's name or a unit-only or year header says so (t€, 1000 €, 2014 t€, Vahvistettu t€)", () => {
    const budgetOf = (sheets: Parameters<typeof read>[0]) => {
      const { ledger, findings } = read(sheets);
      assert.deepEqual(
        findings.filter(([code]) => code !== "TABLE_NOT_FOUND"),
        [],
      );
      return ledger.budget.map((b) => [b.year, b.line, b.version, b.amount]);
    };
    const long = [
      ["Vuosi", "Tilikohta", "Summa"],
      [2014, "Palkat", 40.5],
    ];
    const thousands = [[2014, "Palkat", null, 4_050_000]];
    assert.deepEqual(budgetOf({ Budjetti: [["Talousarvio 2014–2015 (1000 €)"], [], ...long] }), thousands);
    assert.deepEqual(budgetOf({ Budjetti: [["LasSe-hanke", "Budjetti, t€"], ...long] }), thousands);
    assert.deepEqual(budgetOf({ "Budjetti (t€)": long }), thousands);
    for (const unit of ["t€", "1000 €", "TEUR"])
      assert.deepEqual(budgetOf({ Budjetti: [["Vuosi", "Tilikohta", unit], long[1]] }), thousands, unit);
    assert.deepEqual(budgetOf({ Budjetti: [["Vuosi", "Tilikohta", "Vahvistettu t€"], long[1]] }), [
      [2014, "Palkat", "confirmed", 4_050_000],
    ]);
    assert.deepEqual(
      budgetOf({
        Budjetti: [
          ["Tilikohta", "2014 t€", "v. 2015 (1000 €)"],
          ["Palkat", 40.5, 50],
        ],
      }),
      [
        [2014, "Palkat", null, 4_050_000],
        [2015, "Palkat", null, 5_000_000],
      ],
    );
    // A table above whose header says thousands is no title of the one under it
    assert.deepEqual(
      budgetOf({
        Budjetti: [["Vuosi", "Kunta", "Kuntaosuus (1000 €)"], [2014, "Tampere", 10], [], ...long],
      }),
      [[2014, "Palkat", null, 4_050]],
    );
  });

  it("reads euros where only a note, a key's label or an invoice table's title names 1000 €, or the column is headed in euros", () => {
    const long = [
      ["Vuosi", "Tilikohta", "Summa"],
      [2014, "Palkat", 40_500],
    ];
    const budgetOf = (sheets: Parameters<typeof read>[0]) => read(sheets).ledger.budget.map((b) => [b.year, b.line, b.amount]);
    const euros = [[2014, "Palkat", 4_050_000]];
    assert.deepEqual(budgetOf({ Budjetti: [["Hankinnat yli 1000 € kilpailutetaan"], [], ...long] }), euros);
    assert.deepEqual(budgetOf({ Budjetti: [["Valtionavustus (1000 €)", 120], [], ...long] }), euros);
    assert.deepEqual(budgetOf({ Budjetti: [["Valtionavustus (1000 €)", "120"], ...long] }), euros);
    assert.deepEqual(budgetOf({ Budjetti: [["Talousarvio (1000 €)"], ["Vuosi", "Tilikohta", "Summa €"], long[1]] }), euros);
    // a year's column headed in euros too, beside one in the title's thousands
    assert.deepEqual(
      budgetOf({
        Budjetti: [["Talousarvio (1000 €)"], ["Tilikohta", "2014 €", 2015], ["Palkat", 40_500, 50]],
      }),
      [...euros, [2015, "Palkat", 5_000_000]],
    );
    // the title's own unit still says thousands, after a word or a year; and a unit no amount is written in ("t€",
    // "TEUR", "thousand euros") says so anywhere in the title
    for (const title of ["Talousarvio 2014–2015 t€", "Talousarvio (t€, ALV 0)", "Talousarvio t€ (vahvistettu)", "Budget in thousand euros"])
      assert.deepEqual(budgetOf({ Budjetti: [[title], ["Vuosi", "Tilikohta", "Summa"], [2014, "Palkat", 40.5]] }), euros, title);
    const { ledger } = read({
      Laskut: [
        ["Laskut, yli 1 000 € laskuista kopio liitteeksi"],
        ["Pvm", "Laskuttaja", "Laskun nro", "Laskutuskausi", "Summa"],
        ["3.2.2014", "Verso", "V-1", "tammikuu/2014", 1200],
      ],
    });
    assert.deepEqual(
      ledger.invoices.map((i) => i.net),
      [120_000],
    );
    // nor does an invoice table's title in thousands scale its amounts
    assert.deepEqual(
      read({
        Laskut: [
          ["Laskut (1000 €)"],
          ["Pvm", "Laskuttaja", "Laskun nro", "Laskutuskausi", "Summa"],
          ["3.2.2014", "Verso", "V-1", "tammikuu/2014", 1200],
        ],
      }).ledger.invoices.map((i) => i.net),
      [120_000],
    );
  });

  it("reads Hanke's amounts in thousands where their key says so (Valtionavustus (1000 €), Hyväksyttävät kustannukset, t€)", () => {
    const { ledger } = read({
      Hanke: [
        ["Hanke", "LasSe"],
        ["Hyväksyttävät kustannukset, t€", 1828.2045],
        ["Valtionavustus (1000 €)", "1 371,15"],
        ["Kuntaosuus €", 457_052],
      ],
    });
    const { eligible, stateGrant, municipalShare } = ledger.project;
    assert.deepEqual([eligible?.value, stateGrant?.value, municipalShare?.value], [182_820_450, 137_115_000, 45_705_200]);
  });

  it("reads a partner's window from one period column (Sopimuskausi | 1.8.2013–31.10.2015, 12/2013–9/2015)", () => {
    const { ledger, findings } = read({
      Kumppanit: [
        ["Kumppani", "Laskutustapa", "Sopimuskausi", "ALV palautuu"],
        ["Pikassos", "kuukausi+tasaus", "1.8.2013–31.10.2015", "kyllä"],
        ["Verso", "kuukausi+tasaus", "12/2013–9/2015", "kyllä"],
        ["SONet BOTNIA", "kolmannes", null, "ei"],
      ],
    });
    assert.deepEqual(
      ledger.partners.map((p) => [p.name, p.start, p.end]),
      [
        ["Pikassos", d(2013, 8, 1), d(2015, 10, 31)],
        ["Verso", d(2013, 12, 1), d(2015, 9, 30)],
        ["SONet BOTNIA", null, null],
      ],
    );
    assert.deepEqual(findings, [["REQUIRED_MISSING", "Kumppanit!C4"]]);
  });

  it("reads a payment application for a whole year, typed as 2014 or as text", () => {
    const { ledger, findings } = read({
      Maksatukset: [
        ["Hakemus", "Ajalta", "Haettu €", "Maksettu €"],
        ["1.", "1.4.2013-31.12.2013", "120 000,00", "120 000,00"],
        [2, 2014, 300_000, null],
        [3, "v. 2015", 200_000, null],
      ],
    });
    assert.deepEqual(
      ledger.applications.map((a) => [a.number, a.start, a.end]),
      [
        ["1.", d(2013, 4, 1), d(2013, 12, 31)],
        ["2", d(2014, 1, 1), d(2014, 12, 31)],
        ["3", d(2015, 1, 1), d(2015, 12, 31)],
      ],
    );
    assert.deepEqual(findings, []);
  });

  it("still reports an amount it cannot read and a text that is no date", () => {
    const { findings } = read({
      Laskut: [
        ["Pvm", "Laskuttaja", "Nro", "Ajalta", "Summa"],
        ["ensi viikolla", "Verso", "V-1", "3/2014", "1,234"],
      ],
    });
    assert.deepEqual(findings, [
      ["VALUE_NOT_A_NUMBER", "Laskut!E2"],
      ["VALUE_NOT_A_DATE", "Laskut!A2"],
    ]);
  });
});
