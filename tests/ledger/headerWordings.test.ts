import assert from "node:assert/strict";
import { workbookOfSheets } from "../../examples/broken";
import { lasseSheets } from "../../examples/lasse";
import { buildLedger } from "../../src/ledger/build";
import type { TableKind } from "../../src/ledger/model";
import type { CellValue } from "../../src/workbook/types";
import { book } from "../support/book";

/**
 * Headers coordinators write for the canonical ones, in Finnish, Swedish and English: each, put in
 * place of the canonical header of a LasSe table, is read as the same field.
 */
const WORDINGS: readonly [sheet: string, kind: TableKind, canonical: string, wordings: readonly string[]][] = [
  [
    "Kumppanit",
    "partners",
    "Kumppani",
    ["Osatoteuttaja", "Toteuttaja", "Yhteistyökumppani", "Organisaatio", "Organization", "Delgenomförare"],
  ],
  ["Kumppanit", "partners", "Laskutustapa", ["Laskutusmalli", "Laskutuskäytäntö", "Faktureringsmodell"]],
  ["Kumppanit", "partners", "Päättyy", ["Päättyen"]],
  [
    "Kumppanit",
    "partners",
    "ALV palautuu",
    [
      "Momsen återbärs",
      "Momsavdragsrätt",
      "Arvonlisävero palautuu",
      "VAT reclaimable",
      "VAT deductible",
      "Alv-vähennysoikeus",
      "ALV-vähennys",
      "Saa ALV:n takaisin",
    ],
  ],
  ["Budjetti", "budget", "Tilikohta", ["Kustannuserä", "Menoerä", "Cost item", "Kostnadspost"]],
  ["Budjetti", "budget", "Summa", ["Euroa", "€", "EUR", "(€)"]],
  ["Laskut", "invoices", "Laskuttaja", ["Myyjä", "Maksunsaaja"]],
  ["Laskut", "invoices", "Laskun numero", ["Numero", "Laskun n:o"]],
  ["Laskut", "invoices", "Ajalta päättyen", ["Päättyen", "Loppuen"]],
  ["Laskut", "invoices", "Tilikohta", ["Kustannuserä", "Menoerä"]],
  ["Laskut", "invoices", "ALV", ["ALV:n osuus", "Vero", "Momsandel"]],
  ["Laskut", "invoices", "Asiatarkastaja", ["Tarkastettu", "Asiatarkastettu", "Tarkastettu (nimi)", "Tarkastettu / nimikirjaimet"]],
  ["Laskut", "invoices", "Hyväksyjä", ["Hyväksytty", "Hyväksytty, kuittaus", "Hyväksytty / nimikirjaimet"]],
  ["Laskut", "invoices", "Selite", ["Tarkenne", "Sisältö", "Viesti"]],
  ["Kuntaosuudet", "muniShares", "Kunta", ["Kaupunki", "Kuntayhtymä"]],
  ["Kuntaosuudet", "muniShares", "Summa", ["Osuus", "Osuus €", "Maksettava", "Andel", "Kommunens andel"]],
  ["Maksatukset", "applications", "Nro", ["Järjestysnumero", "Hakemuksen numero"]],
  ["Maksatukset", "applications", "Maksettu", ["Tilitetty", "Betalt", "Betald"]],
  ["Maksatukset", "applications", "Lähetetty", ["Päivätty", "Hakemus jätetty"]],
];

const canonical = workbookOfSheets(lasseSheets());
const firstRows = (name: string): CellValue[][] => {
  const sheet = canonical.sheets.find((s) => s.name === name);
  assert.ok(sheet, name);
  return sheet.cells.slice(0, 4).map((row) => [...row]);
};
/** The field each column of the sheet's first table is read as. */
const fieldsOf = (name: string, kind: TableKind, cells: CellValue[][]) => {
  const table = buildLedger(book({ [name]: cells })).ledger.tables[kind][0];
  assert.ok(table, `${name} is read as ${kind}`);
  return Object.fromEntries(Object.entries(table.columns).map(([field, col]) => [col, field]));
};

describe("headers in the words coordinators use", () => {
  for (const [sheet, kind, header, wordings] of WORDINGS) {
    const expected = fieldsOf(sheet, kind, firstRows(sheet));
    for (const wording of wordings)
      it(`${sheet}: "${wording}" is read as "${header}"`, () => {
        const cells = firstRows(sheet);
        const col = cells[0].indexOf(header);
        assert.ok(col >= 0, header);
        cells[0][col] = wording;
        assert.deepEqual(fieldsOf(sheet, kind, cells), expected);
      });
  }

  for (const amount of ["Hyväksytty summa", "Hyväksytty määrä", "Tarkastettu summa", "Hyväksytty summa (ALV 0)"])
    it(`Laskut: "${amount}" is the amount, though "Hyväksytty" and "Tarkastettu" alone are the approver and the checker`, () => {
      const cells = firstRows("Laskut");
      const expected = fieldsOf("Laskut", "invoices", cells);
      cells[0][cells[0].indexOf("Summa (ALV 0)")] = amount;
      assert.deepEqual(fieldsOf("Laskut", "invoices", cells), expected);
    });

  for (const key of ["Granskningsdag", "Granskningsdatum", "Lägesdatum", "Tilannepvm", "Check date", "Status date"])
    it(`Asetukset: "${key}" is the as-of date, as "Tarkastuspäivä" is`, () => {
      const settings = firstRows("Asetukset");
      const expected = buildLedger(book({ Asetukset: settings })).ledger.settings.asOf;
      assert.equal(typeof expected, "number");
      settings[0][0] = key;
      assert.equal(buildLedger(book({ Asetukset: settings })).ledger.settings.asOf, expected);
    });

  for (const wording of ["Laskutuskuukausi", "Kohdekuukausi", "Kohdistuskuukausi"])
    it(`Laskut: "${wording}" is the period, as "Ajalta" is`, () => {
      const cells = [
        ["Pvm", "Laskuttaja", "Laskun nro", wording, "Summa €"],
        ["5.2.2014", "Verso", "V-1", "1/2014", 100],
      ];
      assert.deepEqual(fieldsOf("Laskut", "invoices", cells), { 0: "date", 1: "partner", 2: "number", 3: "period", 4: "net" });
    });

  it("a VAT rate's header with the word vero is the rate, not the VAT amount", () => {
    const cells = firstRows("Laskut");
    cells[0].push("Vero %");
    for (const row of cells.slice(1)) row.push(24);
    const fields = fieldsOf("Laskut", "invoices", cells);
    assert.equal(fields[cells[0].length - 1], "vatRate");
  });
});
