import { basename } from "node:path";
import { netOf } from "../src/ledger/fingerprint";
import { formatMoney } from "../src/money";
import { isoOf } from "../src/periods";
import { formatParam, renderFinding, renderText } from "../src/findings/render";
import type { Lang } from "../src/findings/render";
import { importBlocks } from "../src/sync/import/importBlocks";
import { importTime, previewImport } from "../src/sync/import/importPreview";
import type { ImportPreview, IncomingRow } from "../src/sync/import/importTypes";
import { partnerBookFromCsv, sheetNameOf } from "../src/sync/import/partnerFile";
import { decodeCsv } from "../src/workbook/csv";
import { readHtmlTables } from "../src/workbook/htmlTable";
import { readSpreadsheetXml } from "../src/workbook/spreadsheetXml";
import type { PartnerCsv } from "../src/sync/import/partnerFile";
import type { WorkbookData } from "../src/workbook/types";
import { writeBlocks } from "../src/workbook/cells";
import { isWorkbookBytes, textKind } from "../src/workbook/fileKind";
import { CSV_NAME, InputError, formatArg, inputStats, readInputBook, readInputFile, xlsxInput } from "./input";
import { NO_OUTPUT, checkSameExtension, editBook, isEditableBook, outputMode, savedLines } from "./syncOutput";

export interface ImportArgs {
  readonly partnerFile: string;
  readonly into?: string;
  readonly out?: string;
  readonly inPlace?: boolean;
  readonly dryRun?: boolean;
  readonly force?: boolean;
  /** The biller for rows of a file without a Laskuttaja column. */
  readonly partner?: string;
  readonly format?: string;
  readonly lang: Lang;
  /** The clock, for tests. */
  readonly now?: Date;
}

const WORDS = {
  fi: {
    reading: (file: string, how: string) => `Tuodaan ${file}${how}`,
    how: (encoding: string, delimiter: string) => ` (${encoding}, erotin ${delimiter === "\t" ? "sarkain" : `"${delimiter}"`})`,
    into: (where: string) => `  kohde: ${where}`,
    noTarget: "  kohde: Laskut-taulukkoa ei löytynyt",
    acrossTarget: (sheet: string) => `  kohde: ${sheet}, poikittain (ei riviä laskuriviä kohden)`,
    add: "Lisätään",
    present: "Jo kirjanpidossa (ohitetaan)",
    conflicts: "Ristiriidat (ei tuoda)",
    bad: "Virheelliset rivit (ei tuoda)",
    rows: "riviä",
    row: "rivi",
    more: (n: number) => `  … ja ${n} muuta`,
    dryRun: "Mitään ei kirjoitettu (--dry-run).",
    noOutput: NO_OUTPUT.fi,
    nothing: "Ei lisättävää: mitään ei kirjoitettu.",
    cannot: "Rivejä ei voi lisätä (katso yllä): mitään ei kirjoitettu.",
    next: "Seuraavaksi: kaste check (tarkista tuodut rivit; lisää asiatarkastaja ja hyväksyjä).",
  },
  en: {
    reading: (file: string, how: string) => `Importing ${file}${how}`,
    how: (encoding: string, delimiter: string) => ` (${encoding}, delimiter ${delimiter === "\t" ? "tab" : `"${delimiter}"`})`,
    into: (where: string) => `  into: ${where}`,
    noTarget: "  into: no Laskut table found",
    acrossTarget: (sheet: string) => `  into: ${sheet}, laid out across (not a row per invoice line)`,
    add: "To add",
    present: "Already in the ledger (skipped)",
    conflicts: "Conflicts (not imported)",
    bad: "Bad rows (not imported)",
    rows: "rows",
    row: "row",
    more: (n: number) => `  … and ${n} more`,
    dryRun: "Nothing written (--dry-run).",
    noOutput: NO_OUTPUT.en,
    nothing: "Nothing to add: nothing written.",
    cannot: "The rows cannot be appended (see above): nothing written.",
    next: "Next: kaste check (check the imported rows; add the checker and the approver).",
  },
  sv: {
    reading: (file: string, how: string) => `Importerar ${file}${how}`,
    how: (encoding: string, delimiter: string) => ` (${encoding}, avgränsare ${delimiter === "\t" ? "tabb" : `"${delimiter}"`})`,
    into: (where: string) => `  till: ${where}`,
    noTarget: "  till: ingen Laskut-tabell hittades",
    acrossTarget: (sheet: string) => `  till: ${sheet}, på tvären (inte en rad per fakturarad)`,
    add: "Läggs till",
    present: "Redan i bokföringen (hoppas över)",
    conflicts: "Konflikter (importeras inte)",
    bad: "Felaktiga rader (importeras inte)",
    rows: "rader",
    row: "rad",
    more: (n: number) => `  … och ${n} till`,
    dryRun: "Inget skrevs (--dry-run).",
    noOutput: NO_OUTPUT.sv,
    nothing: "Inget att lägga till: inget skrevs.",
    cannot: "Raderna kan inte läggas till (se ovan): inget skrevs.",
    next: "Nästa: kaste check (kontrollera de importerade raderna; lägg till granskare och godkännare).",
  },
} as const;

const SHOWN_ROWS = 20;

/** Reads a partner file: CSV (any encoding and delimiter Finnish Excel writes) or .xlsx. */
async function readPartner(path: string): Promise<WorkbookData | PartnerCsv> {
  await inputStats(path, { folders: false });
  const bytes = await readInputFile(path);
  // a workbook saved or renamed as .csv (an e-mail attachment's name) is read as the workbook it is,
  // and a partner system's CSV export named .xls or .xlsx as the CSV it is
  if (isWorkbookBytes(bytes) || (!CSV_NAME.test(path) && (bytes.length === 0 || textKind(bytes) !== "text"))) {
    // a web page or an Excel 2003 XML Spreadsheet named .xls, as finance systems export for Excel, is read by its tables
    const kind = textKind(bytes);
    const sheets =
      kind === "html"
        ? readHtmlTables(decodeCsv(bytes).text, sheetNameOf(basename(path)))
        : kind === "spreadsheetXml"
          ? readSpreadsheetXml(decodeCsv(bytes).text).filter((sheet) => sheet.cells.length > 0)
          : [];
    return sheets.length > 0 ? { date1904: false, sheets } : xlsxInput(path, bytes);
  }
  return partnerBookFromCsv(bytes, basename(path));
}

/**
 * `kaste import PARTNER.csv|.xlsx --into BOOK.xlsx (--out NEW.xlsx | --in-place | --dry-run)`:
 * previews the import, prints it, and writes the rows to add when told where.
 * Exit 0: everything is in the ledger now (or would be); 1: some rows were left out
 * (conflicts, bad rows, no room); 2: unreadable input or wrong arguments.
 */
export async function runImport(args: ImportArgs): Promise<number> {
  const words = WORDS[args.lang];
  if (!args.into)
    throw new InputError(
      "Anna kirjanpito: --into KIRJA.xlsx",
      "Give the ledger workbook: --into BOOK.xlsx",
      "Ange bokföringen: --into BOK.xlsx",
    );
  const format = formatArg(args.format ?? "text");
  const mode = args.dryRun ? { kind: "none" as const } : await outputMode(args, [args.into, args.partnerFile]);
  if (mode.kind !== "none" && !isEditableBook(args.into)) {
    throw new InputError(
      `Tuonti kirjoittaa vain .xlsx-työkirjaan: ${args.into}`,
      `An import writes into an .xlsx workbook only: ${args.into}`,
      `En import skriver bara i en .xlsx-arbetsbok: ${args.into}`,
    );
  }
  checkSameExtension(args.into, mode);
  const now = args.now ?? new Date();
  const { workbook: book, zip } = await readInputBook(args.into);
  const partner = await readPartner(args.partnerFile);
  const preview = previewImport(book, partner, {
    file: basename(args.partnerFile),
    importedAt: importTime(now),
    ...(args.partner ? { partner: args.partner } : {}),
  });

  const notes: string[] = [];
  let written = false;
  if (args.dryRun) notes.push(words.dryRun);
  else if (mode.kind === "none") notes.push(words.noOutput);
  else if (!preview.canAppend) notes.push(words.cannot);
  else if (preview.toAdd.length === 0) notes.push(words.nothing);
  else {
    const blocks = importBlocks(preview);
    const saved = await editBook(args.into, zip, mode, now, writeBlocks(book, blocks), (editor) => editor.writeBlocks(blocks));
    notes.push(...savedLines(saved, args.lang), words.next);
    written = true;
  }

  if (format === "json") {
    process.stdout.write(`${JSON.stringify(previewJson(preview, args.lang, "book" in partner ? partner : null, written), null, 2)}\n`);
  } else {
    process.stdout.write(`${previewText(preview, args.lang, "book" in partner ? partner : null)}\n\n${notes.join("\n")}\n`);
  }
  const complete = preview.conflicts.length === 0 && preview.bad.length === 0 && preview.canAppend;
  return complete ? 0 : 1;
}

function rowText(row: IncomingRow, lang: Lang): string {
  const l = row.line;
  const day = (d: number | null) => (d === null ? "?" : formatParam({ day: d }, lang));
  // the net amount the ledger gets (a VAT-inclusive amount less its VAT), as the conflicts say it; else the amount as given
  const amount = netOf(l) ?? l.gross;
  return [
    l.partner || "–",
    l.number || "–",
    `${day(l.periodStart)}–${day(l.periodEnd)}`,
    l.line || "–",
    amount === null ? "–" : formatMoney(amount, lang),
  ].join("  ");
}

/** The preview as text: counts, the rows to add (the first 20) and every finding. */
function previewText(preview: ImportPreview, lang: Lang, csv: PartnerCsv | null): string {
  const words = WORDS[lang];
  const lines = [words.reading(preview.source.file, csv ? words.how(csv.encoding.toUpperCase(), csv.delimiter) : "")];
  const target = preview.target;
  const last = target ? target.firstRow + preview.toAdd.length : 0;
  const across = preview.findings.find((f) => f.code === "IMPORT_TARGET_ACROSS");
  lines.push(
    target
      ? words.into(`${target.sheet}, ${words.row} ${target.firstRow + 1}${last > target.firstRow + 1 ? `–${last}` : ""}`)
      : across
        ? words.acrossTarget(across.sheet)
        : words.noTarget,
  );
  lines.push("");
  const counts: [string, number][] = [
    [words.add, preview.toAdd.length],
    [words.present, preview.alreadyPresent.length],
    [words.conflicts, preview.conflicts.length],
    [words.bad, preview.bad.length],
  ];
  for (const [label, n] of counts) lines.push(`  ${label.padEnd(34)} ${String(n).padStart(7)} ${n === 1 ? words.row : words.rows}`);
  if (preview.toAdd.length > 0) {
    lines.push("", `${words.add}:`);
    for (const row of preview.toAdd.slice(0, SHOWN_ROWS)) lines.push(`  ${words.row} ${row.source.padEnd(6)} ${rowText(row, lang)}`);
    if (preview.toAdd.length > SHOWN_ROWS) lines.push(words.more(preview.toAdd.length - SHOWN_ROWS));
  }
  if (preview.findings.length > 0) lines.push("", renderText(preview.findings, [], lang));
  return lines.join("\n");
}

function previewJson(preview: ImportPreview, lang: Lang, csv: PartnerCsv | null, written: boolean): object {
  const row = (r: IncomingRow) => ({
    source: r.source,
    partner: r.line.partner,
    number: r.line.number,
    line: r.line.line,
    net: r.line.net,
    vat: r.line.vat,
    gross: r.line.gross,
    periodStart: r.line.periodStart === null ? null : isoOf(r.line.periodStart),
    periodEnd: r.line.periodEnd === null ? null : isoOf(r.line.periodEnd),
  });
  return {
    source: { ...preview.source, ...(csv ? { encoding: csv.encoding, delimiter: csv.delimiter } : {}) },
    target: preview.target,
    toAdd: preview.toAdd.map(row),
    alreadyPresent: preview.alreadyPresent.map((r) => ({ ...row(r), existing: `${r.existing.at.table.sheet}!${r.existing.at.row + 1}` })),
    conflicts: preview.conflicts.map((r) => ({ ...row(r), differs: r.differs })),
    bad: preview.bad.map((b) => ({ source: b.source, findings: b.findings.map((f) => renderFinding(f, lang)) })),
    findings: preview.findings.map((f) => renderFinding(f, lang)),
    written,
  };
}
