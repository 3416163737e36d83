import { buildLedger } from "../../ledger/build";
import { CANONICAL_HEADERS } from "../../ledger/canonical";
import type { InvoiceLine, Ledger, TableRef } from "../../ledger/model";
import { SheetReader } from "../../ledger/sheetReader";
import { cellOf, headerCellOf } from "../../ledger/cell";
import { importKey, invoiceKey, numberKey } from "../../ledger/fingerprint";
import { isAdministratorKey, nameKeys } from "../../ledger/names";
import { conflictingLines, identicalLines } from "../../rules/invoiceIntegrity";
import { closestName } from "../../rules/invoiceWindows";
import { yearViewsOf } from "../../ledger/phases/tableColumns";
import { tableNotFound } from "../../ledger/tableNotFound";
import type { Finding } from "../../findings/finding";
import { makeFinding } from "../../findings/makeFinding";
import { cellAddress, parseAddress } from "../../workbook/address";
import type { CsvProblem } from "../../workbook/csv";
import type { WorkbookData } from "../../workbook/types";
import type { BadRow, ConflictRow, ImportPreview, ImportSource, PresentRow, RowToAdd } from "./importTypes";
import type { PartnerCsv } from "./partnerFile";
import { partnerNamedByFile } from "./namedPartner";
import { partnerProblems } from "./partnerProblems";
import type { MissingColumn } from "./partnerProblems";
import { LedgerRows, conflictFinding, numberCellOf } from "./rowMatching";
import type { LedgerInvoice } from "./rowMatching";
import { columnWriter, droppedColumns, planTarget, targetTable } from "./targetPlan";

/** "2014-03-05 14:15": when an import ran, in local time, as the Tuotu column records it. */
export function importTime(now: Date): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())} ${two(now.getHours())}:${two(now.getMinutes())}`;
}

/**
 * Previews importing a partner's expense breakdown or invoice list into the workbook's ledger
 * (Laskut). Nothing is written: the preview says which rows would be added, which the ledger
 * already has, which conflict with an invoice it has, and which are bad and why.
 *
 * - The partner file is any workbook with an invoice table, found and read like the ledger
 *   itself (headers in Finnish, Swedish or English, any order); a CSV file read with
 *   `partnerBookFromCsv` brings its broken records along.
 * - A row is already present when the ledger has a row of the same partner and invoice
 *   number with the same period, cost line and amounts (`importKey`); each ledger row
 *   answers for one file row, so importing the same file twice adds nothing.
 * - A row of an invoice the ledger has that matches none of its rows is a conflict: it is
 *   reported and never written, unless the file has every ledger row of that invoice as well
 *   (a line added to the invoice: it is added). Rows without an invoice number cannot conflict.
 * - The same row twice in an invoice new to the ledger is added twice, with INVOICE_DUPLICATE.
 * - Rows go below the first ledger table (the one on a sheet called Laskut, if several),
 *   in its column order, with the source file, row and import time in the provenance columns.
 * - A monthly breakdown (months as columns) whose every (partner, month, cost line) sum the ledger's
 *   rows of that month already bill (the partner's fixed invoices) adds nothing: its rows are
 *   already present, TABLE_NOT_READ says why, as the ledger says it of such a table of its own.
 * - Rows that name no biller take `source.partner`, else the one partner of Kumppanit that the
 *   file's title, sheet or file name names (partnerNamedByFile).
 *
 * @example
 * const preview = previewImport(book, partnerBookFromCsv(bytes, "pikassos-3-2014.csv"), { file: "pikassos-3-2014.csv", importedAt: "2014-04-02 10:15" });
 * preview.toAdd.length; rowsToAppend(preview); // the cells to write at preview.target
 */
export function previewImport(book: WorkbookData, partnerFile: WorkbookData | PartnerCsv, given: ImportSource): ImportPreview {
  // 1. Read both workbooks into ledgers
  const partnerBook = "book" in partnerFile ? partnerFile.book : partnerFile;
  const csvProblems: readonly CsvProblem[] = "book" in partnerFile ? partnerFile.problems : [];
  const { ledger } = buildLedger(book);
  const incoming = buildLedger(partnerBook);
  const readers = new Map(partnerBook.sheets.map((sheet) => [sheet.name, new SheetReader(sheet)]));
  const typed = given.partner?.trim() ?? "";
  const keyOf = nameKeys();
  // --partner typed in another spelling ("pikassos", "Pikassos Oy") is the partner of Kumppanit it names, spelt as there
  const typedPartner = typed === "" ? undefined : ledger.partners.find((p) => keyOf(p.name) === keyOf(typed));
  const named =
    typed !== ""
      ? (typedPartner?.name ?? typed)
      : partnerNamedByFile(given.file, incoming.ledger.tables.invoices, readers, ledger.partners);
  const source: ImportSource = named ? { ...given, partner: named } : given;
  const findings: Finding[] = [];
  const table = targetTable(ledger);
  if (!table) {
    // a table laid out across is found, but rows of lines have no place in it: say so, not that it is missing
    const across = ledger.tables.invoices.find((t) => t.acrossColumns);
    findings.push(across ? makeFinding("IMPORT_TARGET_ACROSS", headerCellOf(across), { sheet: across.sheet }) : tableNotFound("invoices"));
  }
  if (incoming.ledger.tables.invoices.length === 0) {
    findings.push(tableNotFound("invoices", { sheet: partnerBook.sheets[0]?.name ?? source.file, cell: "" }));
    // The ledger's table is there all the same: the preview says where rows would go, not that the ledger has none
    const target = table ? planTarget(table, ledger, book).target : null;
    return { source, target, toAdd: [], alreadyPresent: [], conflicts: [], bad: [], findings, canAppend: false };
  }
  const singleSheet = partnerBook.sheets.length === 1;
  const sourceOf = (sheet: string, row: number) => (singleSheet ? String(row + 1) : `${sheet}!${row + 1}`);

  // 2. What is wrong in the partner file
  const problems = partnerProblems(incoming, partnerBook, csvProblems, source, readers);
  findings.push(...problems.atHeaders);

  // 3. Where the rows go, and how each becomes cells in the ledger's columns
  const plan = table ? planTarget(table, ledger, book) : null;
  const writer = plan ? columnWriter(plan, source, sourceOf, readers) : null;
  if (plan) findings.push(...droppedColumns(incoming.ledger.tables.invoices, plan, readers));

  // 4. Each file row: bad, already present, in conflict with an invoice the ledger has, or new
  const ledgerRows = new LedgerRows(ledger);
  // The rows to add and the conflicts in file order, until every row is matched: only then is it known which
  // invoices the file has every ledger row of
  const matched: Array<{ readonly add: RowToAdd } | { readonly conflict: ConflictRow; readonly invoice: LedgerInvoice }> = [];
  let toAdd: RowToAdd[] = [];
  const alreadyPresent: PresentRow[] = [];
  const conflicts: ConflictRow[] = [];
  const bad: BadRow[] = [];
  const lackedByTable = new Map<TableRef, Finding[] | undefined>();
  const copyOf = copiesAcrossTables(incoming.ledger.tables.invoices.length);
  /** The invoices with a bad row (by invoiceKey), and that row's first cell. */
  const badInvoices = new Map<string, string>();
  for (const read of incoming.ledger.invoices) {
    const { sheet } = read.at.table;
    const row = read.at.row;
    const sourceRow = sourceOf(sheet, row);
    const line: InvoiceLine = read.partner === "" && source.partner ? { ...read, partner: source.partner } : read;
    const copy = copyOf(line);
    if (copy) {
      // the same row in another table of the file (a summary sheet repeating the month's sheets): imported once, from the first
      bad.push({ sheet, row, source: sourceRow, findings: [copy] });
      findings.push(copy);
      continue;
    }
    let lacking = lackedByTable.get(read.at.table);
    if (lacking === undefined && !lackedByTable.has(read.at.table))
      lackedByTable.set(
        read.at.table,
        (lacking = plan ? lackedColumns(problems.missingColumns.get(read.at.table), plan.table) : undefined),
      );
    const rowProblems = problems.byRow.get(sheet)?.get(row) ?? lacking ?? unusableRow(line, writer);
    if (rowProblems !== undefined) {
      bad.push({ sheet, row, source: sourceRow, findings: rowProblems });
      if (line.number.trim() !== "" && line.partner !== "") {
        const invoice = invoiceKey(line);
        if (!badInvoices.has(invoice)) badInvoices.set(invoice, `${rowProblems[0].sheet}!${rowProblems[0].cell}`);
      }
      // a column the file lacks is said once, at its header (already among the findings)
      if (rowProblems !== lacking) findings.push(...rowProblems);
      continue;
    }
    const match = ledgerRows.match(line);
    if (match.kind === "present") alreadyPresent.push({ line, source: sourceRow, existing: match.existing });
    else if (match.kind === "conflict")
      matched.push({
        conflict: { line, source: sourceRow, existing: match.existing, closest: match.closest, differs: match.differs },
        invoice: match.invoice,
      });
    else matched.push({ add: { line, source: sourceRow, cells: writer ? writer.cells(line) : [] } });
  }
  // A row of an invoice the ledger has whose every ledger row the file has too, row for row, is a line added to it
  // (the partner's invoice grew): it is added. Else it may be a ledger row changed, and conflicts. A row the ledger
  // has fewer times than the file ("duplicate") always conflicts: it is no new line. Whether the file has every row of
  // an invoice is asked once per invoice (it looks at all of its rows)
  const answered = new Map<LedgerInvoice, boolean>();
  /** The rows added to an invoice the ledger has (the file has all of its rows). */
  const grown = new Set<InvoiceLine>();
  for (const entry of matched) {
    if ("add" in entry) {
      toAdd.push(entry.add);
      continue;
    }
    const { line, source: from, closest, differs } = entry.conflict;
    let all = false;
    if (!differs.includes("duplicate")) {
      const known = answered.get(entry.invoice);
      if (known === undefined) answered.set(entry.invoice, (all = ledgerRows.allAnswered(entry.invoice)));
      else all = known;
    }
    if (all) {
      toAdd.push({ line, source: from, cells: writer ? writer.cells(line) : [] });
      grown.add(line);
    } else {
      conflicts.push(entry.conflict);
      findings.push(conflictFinding(line, closest, differs));
    }
  }
  // An invoice goes into the ledger whole: the new rows of an invoice with a bad row wait for the fix, or the corrected
  // file's rows would all be conflicts with the part imported now
  if (badInvoices.size > 0) {
    const kept: RowToAdd[] = [];
    for (const row of toAdd) {
      const badCell = badInvoices.get(invoiceKey(row.line));
      if (badCell === undefined) {
        kept.push(row);
        continue;
      }
      const { table, row: at } = row.line.at;
      const held = makeFinding(
        "IMPORT_INVOICE_HELD",
        { sheet: table.sheet, cell: numberCellOf(table, at) },
        { partner: row.line.partner, number: row.line.number, bad: badCell },
      );
      bad.push({ sheet: table.sheet, row: at, source: row.source, findings: [held] });
      findings.push(held);
    }
    toAdd = kept;
    const rank = new Map(partnerBook.sheets.map((s, i) => [s.name, i]));
    bad.sort((a, b) => (rank.get(a.sheet) ?? 0) - (rank.get(b.sheet) ?? 0) || a.row - b.row);
  }

  // A partner's monthly breakdown that sums up what the ledger already bills (its fixed invoices) is no new cost: its
  // sums the invoices bill are there already, a sum they bill only in part conflicts (added, the billed part would be
  // claimed twice; left out, the rest would go unsaid), and a month or cost line no invoice bills yet is added
  if (toAdd.length > 0 && incoming.ledger.tables.invoices.some(isBreakdown)) {
    const billed = billedSummaries(incoming.ledger.tables.invoices, toAdd, incoming.ledger.invoices, ledger.invoices, keyOf);
    if (billed.size > 0) {
      const kept: RowToAdd[] = [];
      for (const row of toAdd) {
        const held = billed.get(row.line.at.table)?.sums.get(summaryKey(row.line, keyOf));
        if (!held) kept.push(row);
        else if (held.billed) alreadyPresent.push({ line: row.line, source: row.source, existing: held.lines[0] });
        else {
          conflicts.push({ line: row.line, source: row.source, existing: held.lines, closest: held.lines[0], differs: ["amount"] });
          findings.push(conflictFinding(row.line, held.lines[0], ["amount"]));
        }
      }
      toAdd = kept;
      // a table's month columns are read as views of it, each its own TableRef: said once for the table, when the
      // invoices bill every sum of it (then it is only their summary)
      const said = new Set<string>();
      for (const [table, { whole }] of billed) {
        const at = headerCellOf(table);
        if (!whole || said.has(`${at.sheet}!${at.cell}`)) continue;
        said.add(`${at.sheet}!${at.cell}`);
        findings.push(makeFinding("TABLE_NOT_READ", at, { why: "summary", sheetName: table.sheet }));
      }
    }
  }

  // The same row twice in one new invoice (same date, Laji, period, cost line and amounts) is added twice, as the
  // partner billed it (two equal costs are possible, and money is never dropped unsaid), with INVOICE_DUPLICATE before
  // it is written, as kaste check says it after: the check's own tests, of each invoice's rows that will be written
  copiesInInvoices(toAdd, grown, keyOf, findings);

  // 5. Room below the table
  let canAppend = plan !== null;
  if (plan && plan.nextHeader !== null && toAdd.length > 0 && plan.target.firstRow + toAdd.length >= plan.nextHeader.row) {
    canAppend = false;
    findings.push(
      makeFinding(
        "IMPORT_TARGET_FULL",
        { sheet: plan.target.sheet, cell: cellAddress(plan.target.firstRow, plan.target.firstCol) },
        { rows: toAdd.length, next: `${plan.target.sheet}!${cellAddress(plan.nextHeader.row, plan.nextHeader.col)}` },
      ),
    );
  }
  // A biller that is no partner of Kumppanit (a typo in --partner or in the file): said before its rows are written, as
  // kaste check would say it after
  if (ledger.partners.length > 0 && toAdd.length > 0) findings.push(...unknownBillers(toAdd, ledger, keyOf));
  sortByPlace(findings);
  return { source, target: plan?.target ?? null, toAdd, alreadyPresent, conflicts, bad, findings, canAppend };
}

/**
 * The findings of the required columns a partner table lacks where the ledger table has one: written, each of its
 * rows would leave that cell of the ledger blank (REQUIRED_MISSING there). Undefined when it lacks none of them.
 */
function lackedColumns(missing: readonly MissingColumn[] | undefined, target: TableRef): Finding[] | undefined {
  if (!missing) return undefined;
  const lacked = missing.filter(({ fields }) => fields.some((field) => target.columns[field] !== undefined)).map((m) => m.finding);
  return lacked.length > 0 ? lacked : undefined;
}

/**
 * A row of a partner file of several tables (an .xlsx of several sheets) that is the very row of another
 * table before it: the same partner, invoice, period, cost line and amounts (`importKey`). A workbook that
 * lists each month on its own sheet and all of them again on a summary sheet has each row twice, and
 * importing both would claim the cost twice: the copy is INVOICE_DUPLICATE, at its amount, naming the first.
 * Copies within one table are the ledger's own rows twice and are matched as they are (IMPORT_CONFLICT).
 */
function copiesAcrossTables(tables: number): (line: InvoiceLine) => Finding | null {
  if (tables < 2) return () => null;
  const first = new Map<string, InvoiceLine>();
  return (line) => {
    const key = importKey(line);
    const original = first.get(key);
    if (!original) first.set(key, line);
    if (!original || original.at.table === line.at.table) return null;
    const field = line.at.table.columns.net !== undefined ? "net" : "gross";
    const at = cellOf(original.at, original.at.table.columns.net !== undefined ? "net" : "gross");
    return makeFinding("INVOICE_DUPLICATE", cellOf(line.at, field), {
      partner: line.partner || "–",
      number: line.number || "–",
      what: "line",
      first: `${at.sheet}!${at.cell}`,
      line: line.line,
    });
  };
}

/**
 * INVOICE_DUPLICATE of the rows to add of each invoice (by partner and number, as kaste check groups them), by the
 * check's own tests, at their cells in the partner file: a row the same as an earlier one in date, Laji, period, cost
 * line and amounts (identicalLines); and, of an invoice new to the ledger, rows that disagree on the invoice date or
 * on a Laji's period (conflictingLines). Of rows `grown` (added to an invoice the ledger has) the check compares the
 * ledger's rows too: their dates and periods are not asked here.
 */
function copiesInInvoices(
  toAdd: readonly RowToAdd[],
  grown: ReadonlySet<InvoiceLine>,
  keyOf: (text: string) => string,
  findings: Finding[],
): void {
  // by partner, then number, as invoiceIndex: the name and number keys are memoised, no key text is built per row
  const invoices = new Map<string, Map<string, InvoiceLine[]>>();
  let several = false;
  for (const { line } of toAdd) {
    const number = numberKey(line.number);
    if (number === "") continue;
    const partner = keyOf(line.partner);
    let numbers = invoices.get(partner);
    if (!numbers) invoices.set(partner, (numbers = new Map<string, InvoiceLine[]>()));
    const lines = numbers.get(number);
    if (!lines) numbers.set(number, [line]);
    else {
      lines.push(line);
      several = true;
    }
  }
  if (!several) return;
  for (const numbers of invoices.values())
    for (const lines of numbers.values())
      if (lines.length > 1) {
        const invoice = { number: lines[0].number, lines };
        if (!grown.has(lines[0])) conflictingLines(invoice, makeFinding, findings);
        identicalLines(invoice, keyOf, makeFinding, findings);
      }
}

/**
 * A partner's breakdown of costs by month: laid out with a column per month, or naming no invoice number (in
 * a column or above its lines) nor its biller in a column, typed as a document for one period ("Meno-erittely
 * lokakuu 2015 | Kustannuslaji | Summa") or with a row per month ("Kuukausi | Palkat | Vuokrat").
 */
function isBreakdown(table: TableRef): boolean {
  if (table.acrossColumns?.some((c) => c.month !== undefined)) return true;
  const numbered = table.columns.number !== undefined || table.invoiceContext?.number !== undefined;
  return !numbered && table.columns.partner === undefined && (table.invoiceContext !== undefined || table.acrossColumns !== undefined);
}

const summaryKey = (line: InvoiceLine, keyOf: (text: string) => string) =>
  `${keyOf(line.partner)}\u0000${line.periodStart}\u0000${line.periodEnd}\u0000${keyOf(line.line)}`;

/** A (partner, month, cost line) sum of a breakdown that ledger rows of exactly that period bill: `billed` when in full. */
interface HeldSum {
  readonly billed: boolean;
  /** The ledger's rows of it, in ledger order. */
  readonly lines: readonly InvoiceLine[];
}

/**
 * The partner's tables by month (a breakdown laid out across) all of whose rows are to be added and at least one of
 * whose (partner, month, cost line) sums the ledger's rows of exactly that period bill, in full or in part, as the
 * ledger itself leaves such a table unread (ledgerSummaries.ts): each key the ledger has rows of, billed in full or in
 * part, and `whole` when every key is billed in full. A breakdown none of whose sums the ledger has rows of is the
 * partner's own.
 */
function billedSummaries(
  tables: readonly TableRef[],
  toAdd: readonly RowToAdd[],
  incoming: readonly InvoiceLine[],
  ledgerLines: readonly InvoiceLine[],
  keyOf: (text: string) => string,
): Map<TableRef, { readonly sums: ReadonlyMap<string, HeldSum>; readonly whole: boolean }> {
  // each month column is read as a view of its table (a TableRef of its own): a table's views answer together
  const breakdowns = new Map<TableRef, TableRef>();
  for (const table of tables)
    if (isBreakdown(table)) for (const ref of [table, ...yearViewsOf(table).map((view) => view.table)]) breakdowns.set(ref, table);
  const lineCount = new Map<TableRef, number>();
  for (const line of incoming) {
    const table = breakdowns.get(line.at.table);
    if (table) lineCount.set(table, (lineCount.get(table) ?? 0) + 1);
  }
  const sums = new Map<TableRef, Map<string, number>>();
  const adding = new Map<TableRef, number>();
  for (const { line } of toAdd) {
    const table = breakdowns.get(line.at.table);
    if (!table) continue;
    adding.set(table, (adding.get(table) ?? 0) + 1);
    const own = sums.get(table) ?? new Map<string, number>();
    sums.set(table, own);
    const key = summaryKey(line, keyOf);
    own.set(key, (own.get(key) ?? 0) + (line.net ?? 0));
  }
  const ledger = new Map<string, { sum: number; lines: InvoiceLine[] }>();
  for (const line of ledgerLines) {
    const key = summaryKey(line, keyOf);
    const seen = ledger.get(key);
    if (seen) {
      seen.sum += line.net ?? 0;
      seen.lines.push(line);
    } else ledger.set(key, { sum: line.net ?? 0, lines: [line] });
  }
  const billed = new Map<TableRef, { readonly sums: ReadonlyMap<string, HeldSum>; readonly whole: boolean }>();
  for (const [table, own] of sums) {
    if (adding.get(table) !== lineCount.get(table)) continue;
    const held = new Map<string, HeldSum>();
    let inFull = 0;
    for (const [key, sum] of own) {
      const have = ledger.get(key);
      if (!have) continue;
      if (have.sum === sum) inFull++;
      held.set(key, { billed: have.sum === sum, lines: have.lines });
    }
    // a sum the ledger bills only in part conflicts whatever the other months are: added, the billed part would be
    // claimed twice
    if (held.size === 0) continue;
    const found = { sums: held, whole: inFull === own.size };
    for (const [ref, base] of breakdowns) if (base === table) billed.set(ref, found);
  }
  return billed;
}

/** INVOICE_UNKNOWN_PARTNER for each biller of the rows to add that is neither a partner nor the administrator, at its first row. */
function unknownBillers(toAdd: readonly RowToAdd[], ledger: Ledger, keyOf: (text: string) => string): Finding[] {
  const partners = new Set(ledger.partners.map((p) => keyOf(p.name)));
  const administrator = ledger.project.administrator ? keyOf(ledger.project.administrator.value) : null;
  const unknown = new Map<string, { first: InvoiceLine; rows: number }>();
  for (const { line } of toAdd) {
    const key = keyOf(line.partner);
    if (key === "" || partners.has(key)) continue;
    const seen = unknown.get(key);
    if (seen) seen.rows++;
    else if (!isAdministratorKey(key, administrator)) unknown.set(key, { first: line, rows: 1 });
  }
  return [...unknown].map(([key, { first, rows }]) =>
    makeFinding(
      "INVOICE_UNKNOWN_PARTNER",
      // a biller from --partner or the file's title stands in no cell of the file
      first.at.table.columns.partner !== undefined ? cellOf(first.at, "partner") : { sheet: "", cell: "" },
      { partner: first.partner, rows, suggestion: closestName(key, ledger, keyOf) ?? "" },
    ),
  );
}

/** Why a row without problems of its own still cannot be written: no biller at all, or a net the ledger's columns cannot hold. */
function unusableRow(line: InvoiceLine, writer: ReturnType<typeof columnWriter> | null): Finding[] | undefined {
  const { table, row } = line.at;
  if (line.partner === "") {
    // No Laskuttaja column, no partner named above the table, no --partner: the row has no biller
    const col = table.columns.partner ?? Math.min(...Object.values(table.columns));
    return [
      makeFinding(
        "REQUIRED_MISSING",
        { sheet: table.sheet, cell: cellAddress(row, col) },
        { field: table.headers.partner ?? CANONICAL_HEADERS.invoices.partner },
      ),
    ];
  }
  if (writer?.netUnknown(line))
    return [
      makeFinding(
        "IMPORT_NET_UNKNOWN",
        { sheet: table.sheet, cell: cellAddress(row, table.columns.gross ?? 0) },
        { partner: line.partner || "–", number: line.number || "–" },
      ),
    ];
  return undefined;
}

/** Workbook-wide findings first, then each sheet's in the order sheets first appear, by row and column. */
function sortByPlace(findings: Finding[]): void {
  const rank = new Map<string, number>();
  for (const f of findings) if (!rank.has(f.sheet)) rank.set(f.sheet, f.sheet === "" ? -1 : rank.size);
  const place = new Map(findings.map((f) => [f, parseAddress(f.cell) ?? { row: -1, col: -1 }]));
  const order = (f: Finding) => ({ sheet: rank.get(f.sheet) ?? 0, ...(place.get(f) ?? { row: -1, col: -1 }) });
  findings.sort((a, b) => {
    const x = order(a),
      y = order(b);
    return x.sheet - y.sheet || x.row - y.row || x.col - y.col;
  });
}
