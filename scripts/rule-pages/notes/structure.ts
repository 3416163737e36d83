/** The pages' notes on the workbook's structure: what could not be read, and where. */
import { ALL_TABLE_LABELS, signatureHeaders } from "../../../src/ledger/fieldLabels";
import type { RuleNotes } from "../types";
import { eur } from "./values";

const WORKBOOK = "14-the-workbook-itself";
const READER = "the workbook reader (src/ledger/), before any rule runs";

export const structureNotes = {
  TABLE_NOT_FOUND: {
    checks:
      "Each table (Hanke, Kumppanit, Laskut, Budjetti, Kuntaosuudet, Maksatukset, Asetukset) is looked for by its headers on every sheet, in Finnish, Swedish or English. A table none of whose header rows is found is reported once; the rules that need it are listed as not checked instead of passing.",
    why: "A check that cannot see its table must not say the workbook is fine: a missing table is reported, never taken as empty.",
    domain: [WORKBOOK],
    points:
      "Nothing: the table is not anywhere (no sheet or cell). With a near miss, the message names the closest header row and the `kaste map` command that would use it.",
    from: READER,
    example: {
      sheet: "",
      cell: "",
      params: { kind: "budget", table: { words: ALL_TABLE_LABELS.budget }, headers: { words: signatureHeaders("budget") } },
    },
  },
  COLUMN_NOT_UNDERSTOOD: {
    checks:
      "A header in a recognised table that matches no field of that table (in any of the three languages) is reported once. The column stays in the workbook and is simply not used.",
    why: "The user should know which of her columns the checks ignore: a misspelt Summa would otherwise silently leave amounts out.",
    domain: [WORKBOOK],
    points: "The header cell of the column.",
    from: READER,
    example: { sheet: "Laskut", cell: "O1", params: { header: "Projektikoodi", table: "Laskut" } },
  },
  REQUIRED_MISSING: {
    checks:
      "A row that has some data but lacks a value the checks cannot do without (an amount, a partner, a year) is reported; an empty row is not. A required column missing altogether is reported at the header row.",
    why: "A half-filled row would otherwise count as zero or be dropped, and the totals would be wrong without a word.",
    domain: [WORKBOOK],
    points: "The empty cell (or the header row, when the whole column is missing).",
    from: READER,
    example: { sheet: "Budjetti", cell: "E22", params: { field: "Summa" } },
  },
  VALUE_NOT_A_NUMBER: {
    checks:
      "Amounts are read as people type them (`1 234,50`, `1.234,50`, `-12,00 €`). Text that is not a number, an amount whose separators could mean two things (`1.234`), or an amount with fractions of a cent is reported; the cell counts as empty.",
    why: "Money is kept in whole cents; a guess at an ambiguous amount could be off by a factor of a thousand.",
    domain: [WORKBOOK, "15-words"],
    points: "The cell that holds the text.",
    from: READER,
    example: { sheet: "Laskut", cell: "I42", params: { value: "24 %", field: "ALV", why: "invalid" } },
  },
  VALUE_NOT_A_DATE: {
    checks:
      "Dates are read as Excel dates or as typed text (`31.10.2015`, `2015-10-31`). Text that is no real day (`31.9.2014`) is reported; the cell counts as empty.",
    why: "Periods decide which month, block, year and application a cost belongs to: a wrong day moves money between them.",
    domain: [WORKBOOK, "10-periods"],
    points: "The cell that holds the text.",
    from: READER,
    example: { sheet: "Laskut", cell: "A31", params: { value: "31.9.2014", field: "Päivämäärä" } },
  },
  VALUE_NOT_UNDERSTOOD: {
    checks:
      "A column with a closed list of words (Laji, Laskutustapa, Versio, Hyväksyttävä, ALV palautuu) holds a word outside the list, in any of the three languages.",
    why: "The invoice kind and the partner's scheme decide which invoices are expected; an unknown word cannot be checked against the agreement.",
    domain: [WORKBOOK, "6-partner-invoicing"],
    points: "The cell that holds the word.",
    from: READER,
    example: {
      sheet: "Laskut",
      cell: "F28",
      params: { value: "ennakko", field: "Laji", allowed: "kiinteä, tasaus, käynnistys, toteuma" },
    },
  },
  SETTING_INVALID: {
    checks:
      "Each Asetukset setting has a range (a grace period of 0–366 days, a first month 1–12, a tolerance of 0–1 000 €). A value outside it is reported and the default is used instead.",
    why: "A setting out of range would crash a check (month 13), make it run for ever (a grace period of years) or give false errors (a negative tolerance).",
    domain: [WORKBOOK],
    points: "The setting's value cell on Asetukset.",
    from: READER,
    example: {
      sheet: "Asetukset",
      cell: "B3",
      params: {
        setting: { words: { fi: "Toleranssi", sv: "Tolerans", en: "Tolerance" } },
        value: eur(-5),
        min: eur(0),
        max: eur(1000),
        unit: "cents",
      },
    },
  },
  CELL_FORMULA_ERROR: {
    checks: "A cell the checks read holds an Excel error value (`#REF!`, `#DIV/0!`, `#VALUE!`, `#N/A`); it counts as empty.",
    why: "An error value is no amount: counting it as zero would hide a broken formula.",
    domain: [WORKBOOK],
    points: "The cell with the error.",
    from: READER,
    example: { sheet: "Laskut", cell: "I36", params: { value: "#REF!", field: "ALV" } },
  },
  TABLE_NOT_READ: {
    checks:
      "A table of costs with the months as columns (a partner's monthly breakdown) that the ledger leaves unread, said once per table: either every one of its totals per partner, month and cost line equals the workbook's other ledger lines billing exactly that month (a summary computed from the ledger), or the workbook has partners and neither the sheet's name nor its title names one of them. Also a ledger table of two lines or more with the same lines (biller, number, date, period, kind, cost line, amounts) as another ledger table that is read, or a part of them when its sheet's name says copy or old or the sheet is hidden: a copy of the ledger (Laskut (2), vanha Laskut, a hidden backup). Of two copies of the same lines, the one whose sheet name says copy or is hidden, else the later sheet, is left unread; a table that adds lines of its own is read, and so is a part on a sheet in sight whose name says no copy (a partner's month sheets beside its Kaikki laskut), their lines being duplicates. A table of two lines or more whose every line is on one of two or more other tables, when it has no invoice numbers or its sheet's name says summary (Yhteenveto, Kooste, Summary, Sammandrag), is their summary (a breakdown by month beside each month's own sheet) and is left unread too. `kaste import` says it of a partner file's monthly breakdown whose every total the ledger's rows already bill: its rows count as already in the ledger. Of a breakdown the ledger's rows bill only in part, the totals they bill count as already in the ledger, a total they bill only part of is IMPORT_CONFLICT, and a month or cost line they do not bill is imported; it is not said then.",
    why: "Nothing is left out without a word: a summary read as invoices would count every cost twice, and a breakdown whose partner cannot be told is no partner's invoices, but its costs are then missing from the checks and the application.",
    domain: [WORKBOOK],
    points: "The table's header row, at its first column.",
    from: READER,
    example: { sheet: "Kuukausittain", cell: "A3", params: { why: "noPartner", sheetName: "Kuukausittain" } },
  },
  ROWS_SKIPPED_NOISE: {
    checks:
      "Inside a table, the rows a pasted ERP report prints for itself: the header repeated at the top of each page (two or more of its cells, nothing else), page footers (Sivu 2/5, Sida 2 av 5, Page 2 of 5) and page or carried-forward totals (Sivun summa, Yhteensä siirto, Siirto, Transport, Carried forward) whose label stands with amounts only. They are skipped and each kind is said once per table with the count and the rows; a record that merely starts with such a word (a biller called Transport) is read as usual. The table's own total (Yhteensä) is skipped without a note.",
    why: "A page total read as an invoice line would count the costs twice, and a repeated header read as a line would be a duplicate invoice made of header words.",
    domain: [WORKBOOK],
    points: "The first skipped row of the kind, at the table's first column.",
    from: READER,
    example: { sheet: "Laskut", cell: "A43", params: { noise: "pageFooter", count: 4, first: 43, last: 150 } },
  },
  FORMULA_NOT_CALCULATED: {
    checks:
      "Cells that hold a formula but no stored value, as a file a script wrote (openpyxl, an export) and nobody opened in Excel keeps them, and whose formula KASTE Ledger cannot compute (a function other than SUM, a lookup, text). Said once per sheet and column, naming the cells; the cells read as empty, and a required value they leave blank is not reported again on every row.",
    why: "A formula without its value is no amount: read as empty without a word, 131 invoice lines would each look as if their amount were missing.",
    domain: [WORKBOOK],
    points: "The column's first such cell.",
    from: READER,
    example: { sheet: "Laskut", cell: "H2", params: { cells: "H2:H132", count: 131, formula: "VLOOKUP(C2,Hinnat!A:B,2,FALSE)" } },
  },
  FORMULA_COMPUTED: {
    checks:
      "Cells that hold a formula but no stored value, where the formula is simple: numbers, cells and ranges of the same workbook (other sheets too), + − * /, parentheses and SUM. KASTE Ledger computes it as Excel would (a blank cell is 0, SUM passes text over) and says so once per sheet and column.",
    why: "The value is the one Excel would store on opening the file, so the checks can run on it; the note says where it came from.",
    domain: [WORKBOOK],
    points: "The column's first computed cell.",
    from: READER,
    example: { sheet: "Laskut", cell: "J2", params: { cells: "J2:J132", count: 131, formula: "H2+I2" } },
  },
  DATE_ORDER_ASSUMED: {
    checks:
      "Dates typed as text with slashes or hyphens (a CSV an en-US spreadsheet saved: 09/02/2013) are read in the order their column proves: a first part over 12 makes it day first, a second part over 12 month first. A column whose every value reads both ways follows the table's other date columns when they prove one order, else is read day first; either way this note says so once for the column. Dates with dots (9.2.2013) and ISO dates are never in doubt; a column proving both orders is read day first and its month-first values are reported as not dates.",
    why: "A date read in the wrong order moves an invoice to another month, period or payment application without any error showing.",
    domain: [WORKBOOK],
    points: "The column's header cell.",
    from: READER,
    example: {
      sheet: "Laskut",
      cell: "D1",
      params: { field: "Ajalta alkaen", order: "monthFirst", sample: "02/01/2014", why: "otherColumn", other: "Pvm" },
    },
  },
  MAPPING_IGNORED: {
    checks:
      "A column mapping saved on KASTE-sarakkeet (by `kaste map` or the pane) is used only while the header it was made for is still there. A changed header, a sheet that is gone, or a row that cannot be read is reported and the mapping is not used.",
    why: "A mapping that no longer fits would read the wrong column as amounts or dates without anyone noticing.",
    domain: [WORKBOOK],
    points: "The mapped header cell (a changed header), or the mapping's row on KASTE-sarakkeet (a sheet gone, an unreadable row).",
    from: READER,
    example: {
      sheet: "Laskut",
      cell: "H1",
      params: { why: "header", field: "Summa (ALV 0)", table: "Laskut", header: "Netto", now: "Brutto" },
    },
  },
} satisfies Partial<RuleNotes>;
