import { buildLedger } from "../src/ledger/build";
import { TABLE_LABELS, fieldLabels } from "../src/ledger/fieldLabels";
import { MAPPING_SHEET, mappingProblemText, planAccounts, planMapping } from "../src/ledger/mapping";
import { mappingCandidatesOf } from "../src/ledger/mappingCandidates";
import type { MappingCandidate } from "../src/ledger/mappingCandidates";
import type { Lang } from "../src/findings/render";
import { addSheet, replaceSheet } from "../src/workbook/cells";
import type { WorkbookData } from "../src/workbook/types";
import { InputError, readInput, readInputBook } from "./input";
import { NO_OUTPUT, checkSameExtension, editBook, isEditableBook, outputMode, savedLines } from "./syncOutput";

export interface MapArgs {
  readonly book: string;
  readonly table?: string;
  readonly sheet?: string;
  readonly row?: string;
  readonly column?: string;
  readonly field?: string;
  /** "4010=Henkilöstökulut": an account number's cost line. */
  readonly account?: string;
  readonly out?: string;
  readonly inPlace?: boolean;
  readonly force?: boolean;
  readonly lang: Lang;
  readonly now?: Date;
}

const WORDS = {
  fi: {
    mapped: (sheet: string, column: string, row: number, header: string, table: string, field: string) =>
      `Välilehden ${sheet} sarake ${column} (otsikkorivi ${row}${header ? `, "${header}"` : ""}) on nyt taulukon ${table} kenttä ${field}.`,
    where: `Kohdistus tallennettu piilotetulle välilehdelle ${MAPPING_SHEET}; kaste check ja tehtäväruutu käyttävät sitä.`,
    stillMissing: (table: string, sheet: string, row: number, fields: string) =>
      `Taulukosta ${table} (${sheet}, rivi ${row}) puuttuu vielä: ${fields}.`,
    none: "Kaikki tarvittavat sarakkeet tunnistettiin: kohdistettavaa ei ole.",
    candidate: (c: MappingCandidate) =>
      `${c.tableLabels.fi} – ${c.sheet}, otsikkorivi ${c.headerRow}${c.recognised ? "" : " (ei tunnistettu taulukoksi)"}: puuttuu ${c.missing.map((m) => m.labels.fi).join(", ")}`,
    unknown: "tunnistamattomat sarakkeet",
    notFound: (tables: string) =>
      `Ei löytynyt lainkaan: ${tables}. Jos jokin niistä on työkirjassa, kohdista sen otsikkorivin sarakkeet (--row, --column, --field).`,
    hint: "Kohdista: kaste map KIRJA.xlsx --table TAULUKKO --sheet VÄLILEHTI --row RIVI --column SARAKE --field KENTTÄ (--out UUSI.xlsx | --in-place)",
    xlsxOnly: (path: string) => `Kohdistuksen voi tallentaa vain .xlsx-työkirjaan: ${path}`,
    needs: (missing: string) => `Anna myös ${missing} (tai pelkkä työkirja listaa kohdistettavat sarakkeet).`,
    badRow: (text: string) => `--row pitää olla otsikkorivin numero (saatiin ${text}).`,
    mappedAccount: (account: string, line: string) => `Tilin ${account} rivit ovat nyt tilikohtaa ${line}.`,
    badAccount: (text: string) => `--account pitää olla muotoa TILI=TILIKOHTA, esim. 4010=Henkilöstökulut (saatiin ${text}).`,
    accountAlone: "--account annetaan yksin, ilman valitsimia --table, --sheet, --row, --column ja --field.",
  },
  en: {
    mapped: (sheet: string, column: string, row: number, header: string, table: string, field: string) =>
      `Column ${column} of the sheet ${sheet} (header row ${row}${header ? `, "${header}"` : ""}) is now the ${table} table's ${field}.`,
    where: `The mapping is kept on the hidden sheet ${MAPPING_SHEET}; kaste check and the task pane use it.`,
    stillMissing: (table: string, sheet: string, row: number, fields: string) =>
      `The ${table} table (${sheet}, row ${row}) still lacks: ${fields}.`,
    none: "Every required column was recognised: nothing to map.",
    candidate: (c: MappingCandidate) =>
      `${c.tableLabels.en} – ${c.sheet}, header row ${c.headerRow}${c.recognised ? "" : " (not recognised as a table)"}: missing ${c.missing.map((m) => m.labels.en).join(", ")}`,
    unknown: "columns not understood",
    notFound: (tables: string) =>
      `Not found at all: ${tables}. If one of them is in the workbook, map the columns of its header row (--row, --column, --field).`,
    hint: "To map: kaste map BOOK.xlsx --table TABLE --sheet SHEET --row ROW --column LETTER --field FIELD (--out NEW.xlsx | --in-place)",
    xlsxOnly: (path: string) => `A mapping can only be saved into an .xlsx workbook: ${path}`,
    needs: (missing: string) => `Give also ${missing} (or the workbook alone to list the columns to map).`,
    badRow: (text: string) => `--row must be the header row's number (got ${text}).`,
    mappedAccount: (account: string, line: string) => `The rows of account ${account} are now the cost line ${line}.`,
    badAccount: (text: string) => `--account must be NUMBER=LINE, e.g. 4010=Staff costs (got ${text}).`,
    accountAlone: "--account goes alone, without --table, --sheet, --row, --column and --field.",
  },
  sv: {
    mapped: (sheet: string, column: string, row: number, header: string, table: string, field: string) =>
      `Kolumn ${column} på fliken ${sheet} (rubrikrad ${row}${header ? `, "${header}"` : ""}) är nu tabellens ${table} fält ${field}.`,
    where: `Mappningen sparas på den dolda fliken ${MAPPING_SHEET}; kaste check och åtgärdsfönstret använder den.`,
    stillMissing: (table: string, sheet: string, row: number, fields: string) =>
      `Tabellen ${table} (${sheet}, rad ${row}) saknar ännu: ${fields}.`,
    none: "Alla nödvändiga kolumner kändes igen: inget att mappa.",
    candidate: (c: MappingCandidate) =>
      `${c.tableLabels.sv} – ${c.sheet}, rubrikrad ${c.headerRow}${c.recognised ? "" : " (kändes inte igen som en tabell)"}: saknar ${c.missing.map((m) => m.labels.sv).join(", ")}`,
    unknown: "kolumner som inte förstods",
    notFound: (tables: string) =>
      `Hittades inte alls: ${tables}. Om någon av dem finns i arbetsboken, mappa kolumnerna i dess rubrikrad (--row, --column, --field).`,
    hint: "Mappa: kaste map BOK.xlsx --table TABELL --sheet FLIK --row RAD --column KOLUMN --field FÄLT (--out NY.xlsx | --in-place)",
    xlsxOnly: (path: string) => `En mappning kan bara sparas i en .xlsx-arbetsbok: ${path}`,
    needs: (missing: string) => `Ange också ${missing} (eller bara arbetsboken för att lista kolumnerna att mappa).`,
    badRow: (text: string) => `--row ska vara rubrikradens nummer (fick ${text}).`,
    mappedAccount: (account: string, line: string) => `Raderna på konto ${account} är nu kostnadsslaget ${line}.`,
    badAccount: (text: string) => `--account ska ha formen KONTO=KOSTNADSSLAG, t.ex. 4010=Personalkostnader (fick ${text}).`,
    accountAlone: "--account anges ensam, utan --table, --sheet, --row, --column och --field.",
  },
} as const;

const PARTS = ["table", "sheet", "row", "column", "field"] as const;

/**
 * `kaste map BOOK.xlsx --table invoices --sheet Laskut --row 3 --column G --field net (--out NEW.xlsx | --in-place)`:
 * says which column is which where the headers were not recognised, and keeps it on the hidden
 * sheet KASTE-sarakkeet. `kaste map BOOK.xlsx` alone lists what there is to map.
 * Exit 0: mapped (or listed); 2: input or arguments.
 */
export async function runMap(args: MapArgs): Promise<number> {
  const lang = args.lang;
  const words = WORDS[lang];
  const given = PARTS.filter((part) => args[part] !== undefined);
  if (args.account !== undefined) {
    if (given.length > 0) throw new InputError(WORDS.fi.accountAlone, WORDS.en.accountAlone, WORDS.sv.accountAlone);
    return mapAccount(args, args.account);
  }
  if (given.length === 0) {
    const book = await readInput(args.book);
    process.stdout.write(`${listCandidates(book, lang)}\n`);
    return 0;
  }
  const { table, sheet, row, column, field } = args;
  if (table === undefined || sheet === undefined || row === undefined || column === undefined || field === undefined) {
    const missing = PARTS.filter((part) => args[part] === undefined)
      .map((part) => `--${part}`)
      .join(", ");
    throw new InputError(WORDS.fi.needs(missing), WORDS.en.needs(missing), WORDS.sv.needs(missing));
  }
  if (!/^\s*\d+\s*$/.test(row)) throw new InputError(WORDS.fi.badRow(row), WORDS.en.badRow(row), WORDS.sv.badRow(row));
  const headerRow = Number(row);
  const mode = await outputMode(args, [args.book]);
  if (mode.kind === "none") throw new InputError(NO_OUTPUT.fi, NO_OUTPUT.en, NO_OUTPUT.sv);
  if (!isEditableBook(args.book))
    throw new InputError(WORDS.fi.xlsxOnly(args.book), WORDS.en.xlsxOnly(args.book), WORDS.sv.xlsxOnly(args.book));
  checkSameExtension(args.book, mode);

  const { workbook: book, zip } = await readInputBook(args.book);
  const plan = planMapping(book, [{ table, sheet, headerRow, column, field }]);
  if (!plan.ok) {
    const text = (l: "fi" | "sv" | "en") => plan.problems.map((p) => mappingProblemText(p, l)).join(" ");
    throw new InputError(text("fi"), text("en"), text("sv"));
  }
  const entry = plan.added[0];
  const out: string[] = [
    words.mapped(
      entry.sheet,
      entry.column,
      entry.headerRow,
      entry.header,
      TABLE_LABELS[entry.table][lang],
      fieldLabels(entry.table, entry.field)[lang],
    ),
    words.where,
  ];
  // What the table still lacks once mapped, so the user knows whether to map another column
  const after = addSheet({ ...book, sheets: book.sheets.filter((s) => s.name !== MAPPING_SHEET) }, plan.sheet);
  const remaining = mappingCandidatesOf(after, buildLedger(after).ledger).tables.filter(
    (c) => c.sheet === entry.sheet && c.headerRow === entry.headerRow,
  );
  for (const c of remaining)
    out.push(words.stillMissing(c.tableLabels[lang], c.sheet, c.headerRow, c.missing.map((m) => m.labels[lang]).join(", ")));

  // The mapping sheet is written whole, in place: the merged mapping replaces the old one
  const saved = await editBook(args.book, zip, mode, args.now ?? new Date(), replaceSheet(book, plan.sheet), (editor) =>
    editor.replaceSheet(plan.sheet),
  );
  out.push(...savedLines(saved, args.lang));
  process.stdout.write(`${out.join("\n")}\n`);
  return 0;
}

/** `kaste map BOOK.xlsx --account 4010=Henkilöstökulut`: an account number's cost line, kept on the mapping sheet. */
async function mapAccount(args: MapArgs, text: string): Promise<number> {
  const words = WORDS[args.lang];
  const match = /^\s*([^=]*\S)\s*=\s*(\S.*?)\s*$/.exec(text);
  if (!match) throw new InputError(WORDS.fi.badAccount(text), WORDS.en.badAccount(text), WORDS.sv.badAccount(text));
  const [, account, line] = match;
  const mode = await outputMode(args, [args.book]);
  if (mode.kind === "none") throw new InputError(NO_OUTPUT.fi, NO_OUTPUT.en, NO_OUTPUT.sv);
  if (!isEditableBook(args.book))
    throw new InputError(WORDS.fi.xlsxOnly(args.book), WORDS.en.xlsxOnly(args.book), WORDS.sv.xlsxOnly(args.book));
  checkSameExtension(args.book, mode);
  const { workbook: book, zip } = await readInputBook(args.book);
  const plan = planAccounts(book, [{ account, line }]);
  const out: string[] = [words.mappedAccount(account, line), words.where];
  const saved = await editBook(args.book, zip, mode, args.now ?? new Date(), replaceSheet(book, plan.sheet), (editor) =>
    editor.replaceSheet(plan.sheet),
  );
  out.push(...savedLines(saved, args.lang));
  process.stdout.write(`${out.join("\n")}\n`);
  return 0;
}

/** What there is to map: each table lacking a required column, its columns not understood, and tables found nowhere. */
function listCandidates(book: WorkbookData, lang: Lang): string {
  const words = WORDS[lang];
  const { tables, missingTables } = mappingCandidatesOf(book, buildLedger(book).ledger);
  if (tables.length === 0 && missingTables.length === 0) return words.none;
  const lines: string[] = [];
  for (const c of tables) {
    lines.push(words.candidate(c));
    if (c.unknownColumns.length > 0)
      lines.push(`  ${words.unknown}: ${c.unknownColumns.map((u) => `${u.column} "${u.header}"`).join(", ")}`);
    lines.push(
      `  --table ${c.table} --sheet "${c.sheet}" --row ${c.headerRow} --field ${c.missing.map((m) => m.fields.join("|")).join(", ")}`,
    );
  }
  if (missingTables.length > 0) lines.push(words.notFound(missingTables.map((m) => `${m.labels[lang]} (${m.table})`).join(", ")));
  lines.push("", words.hint);
  return lines.join("\n");
}
