import { formatMoney, parseAmount } from "../src/money";
import { parseDate } from "../src/periods";
import type { Day, Interval } from "../src/periods";
import type { WorkbookData } from "../src/workbook/types";
import type { ZipArchive } from "../src/workbook/zip";
import { formatCount, formatParam, renderText } from "../src/findings/render";
import type { Lang } from "../src/findings/render";
import { CLAIMS_SHEET } from "../src/ledger/claims";
import { applyMarkSent, markSent } from "../src/sync/application/markSent";
import { unmarkSent } from "../src/sync/application/unmarkSent";
import { replaceSheet } from "../src/workbook/cells";
import { parsePeriodArg } from "./application";
import { InputError, readInputBook } from "./input";
import { NO_OUTPUT, checkSameExtension, editBook, isEditableBook, outputMode, savedLines } from "./syncOutput";
import type { OutputMode } from "./syncOutput";

/** "1 rivi", "1 200 riviä": a count of rows in the language's words and number format. */
function rowCount(rows: number, lang: Lang): string {
  const word = rows === 1 ? { fi: "rivi", sv: "rad", en: "row" } : { fi: "riviä", sv: "rader", en: "rows" };
  return `${formatCount(rows, lang)} ${word[lang]}`;
}

export interface MarkSentArgs {
  readonly book: string;
  readonly period?: string;
  readonly out?: string;
  readonly inPlace?: boolean;
  readonly override?: boolean;
  readonly force?: boolean;
  readonly sent?: string;
  readonly applied?: string;
  readonly asOf?: Day;
  /** Removes the sent mark of the period instead. */
  readonly undo?: boolean;
  readonly lang: Lang;
  readonly now?: Date;
}

const WORDS = {
  fi: {
    blocked: "Tarkistukset löysivät virheitä: hakemusta ei merkitty lähetetyksi. Korjaa virheet tai käytä --override.",
    already: (n: string, s: string, e: string) =>
      `Hakemus ${n} (${s}–${e}) on jo merkitty lähetetyksi ja sen kausi menee päällekkäin. Mitään ei kirjoitettu.`,
    marked: (n: string, s: string, e: string, rows: number, applied: string) =>
      `Hakemus ${n} (${s}–${e}) merkitty lähetetyksi: ${rowCount(rows, "fi")} jäädytetty, haettu ${applied}.`,
    where: `Rivit ja summat tallennettu piilotetulle välilehdelle ${CLAIMS_SHEET}; kaste check ilmoittaa jatkossa muutoksista (CLAIMED_*).`,
    appended: "Hakemus lisätty Maksatukset-taulukkoon.",
    xlsxOnly: (path: string) => `Vain .xlsx-työkirjan voi merkitä: ${path}`,
    badDate: (text: string) => `--sent ei ole päivämäärä: ${text}`,
    badAmount: (text: string) => `--applied ei ole summa: ${text}`,
    notMarked: (s: string, e: string) => `Kaudelle ${s}–${e} ei ole lähetetyksi merkittyä hakemusta. Mitään ei kirjoitettu.`,
    unmarked: (n: string, s: string, e: string, rows: number) =>
      `Hakemuksen ${n} (${s}–${e}) lähetysmerkintä poistettu: ${rowCount(rows, "fi")} pois välilehdeltä ${CLAIMS_SHEET}.`,
    keptRow: "Maksatukset-taulukon rivi jäi ennalleen; poista se itse, jos hakemusta ei lähetetty.",
  },
  en: {
    blocked: "The checks found errors: the application was not marked as sent. Fix them or use --override.",
    already: (n: string, s: string, e: string) =>
      `Application ${n} (${s}–${e}) is already marked as sent and its period overlaps. Nothing written.`,
    marked: (n: string, s: string, e: string, rows: number, applied: string) =>
      `Application ${n} (${s}–${e}) marked as sent: ${rowCount(rows, "en")} frozen, applied ${applied}.`,
    where: `The rows and totals are kept on the hidden sheet ${CLAIMS_SHEET}; from now on kaste check reports changes (CLAIMED_*).`,
    appended: "The application was added to the Maksatukset table.",
    xlsxOnly: (path: string) => `Only an .xlsx workbook can be marked: ${path}`,
    badDate: (text: string) => `--sent is not a date: ${text}`,
    badAmount: (text: string) => `--applied is not an amount: ${text}`,
    notMarked: (s: string, e: string) => `No application is marked as sent for ${s}–${e}. Nothing written.`,
    unmarked: (n: string, s: string, e: string, rows: number) =>
      `The sent mark of application ${n} (${s}–${e}) is removed: ${rowCount(rows, "en")} taken off ${CLAIMS_SHEET}.`,
    keptRow: "The row in the Maksatukset table stays as it is; delete it yourself if the application was not sent.",
  },
  sv: {
    blocked: "Kontrollerna hittade fel: ansökan markerades inte som skickad. Rätta dem eller använd --override.",
    already: (n: string, s: string, e: string) =>
      `Ansökan ${n} (${s}–${e}) är redan markerad som skickad och dess period överlappar. Inget skrevs.`,
    marked: (n: string, s: string, e: string, rows: number, applied: string) =>
      `Ansökan ${n} (${s}–${e}) markerad som skickad: ${rowCount(rows, "sv")} frysta, ansökt ${applied}.`,
    where: `Raderna och summorna sparas på den dolda fliken ${CLAIMS_SHEET}; framöver rapporterar kaste check ändringar (CLAIMED_*).`,
    appended: "Ansökan lades till i tabellen Maksatukset.",
    xlsxOnly: (path: string) => `Bara en .xlsx-arbetsbok kan markeras: ${path}`,
    badDate: (text: string) => `--sent är inget datum: ${text}`,
    badAmount: (text: string) => `--applied är inget belopp: ${text}`,
    notMarked: (s: string, e: string) => `Ingen ansökan är markerad som skickad för ${s}–${e}. Inget skrevs.`,
    unmarked: (n: string, s: string, e: string, rows: number) =>
      `Markeringen som skickad av ansökan ${n} (${s}–${e}) är borttagen: ${rowCount(rows, "sv")} borta från ${CLAIMS_SHEET}.`,
    keptRow: "Raden i tabellen Maksatukset står kvar; ta bort den själv om ansökan inte skickades.",
  },
} as const;

/**
 * `kaste mark-sent BOOK.xlsx --period A..B (--out NEW.xlsx | --in-place) [--sent DATE] [--applied AMOUNT] [--override]`:
 * freezes the application's period, totals and claimed rows on the hidden claims sheet and
 * adds it to Maksatukset. Exit 0: marked; 1: blocked (errors, or already marked); 2: input or arguments.
 */
export async function runMarkSent(args: MarkSentArgs): Promise<number> {
  const words = WORDS[args.lang];
  const period = parsePeriodArg(args.period);
  let sent: number | undefined;
  if (args.sent !== undefined) {
    const day = parseDate(args.sent);
    if (day === null) throw new InputError(WORDS.fi.badDate(args.sent), WORDS.en.badDate(args.sent), WORDS.sv.badDate(args.sent));
    sent = day;
  }
  let applied: number | undefined;
  if (args.applied !== undefined) {
    const parsed = parseAmount(args.applied);
    if (!parsed.ok)
      throw new InputError(WORDS.fi.badAmount(args.applied), WORDS.en.badAmount(args.applied), WORDS.sv.badAmount(args.applied));
    applied = parsed.cents;
  }
  const mode = await outputMode(args, [args.book]);
  if (mode.kind === "none") throw new InputError(NO_OUTPUT.fi, NO_OUTPUT.en, NO_OUTPUT.sv);
  if (!isEditableBook(args.book))
    throw new InputError(WORDS.fi.xlsxOnly(args.book), WORDS.en.xlsxOnly(args.book), WORDS.sv.xlsxOnly(args.book));
  checkSameExtension(args.book, mode);
  const { workbook: book, zip } = await readInputBook(args.book);
  if (args.undo) return undoMark(args, mode, book, zip, period);
  const plan = markSent(book, period, { asOf: args.asOf, override: args.override, sent, applied, lang: args.lang });
  const day = (d: number) => formatParam({ day: d }, args.lang);
  if (plan.blocked) {
    process.stdout.write(`${renderText(plan.draft.errors, [], args.lang)}\n\n${words.blocked}\n`);
    return 1;
  }
  if (plan.alreadySent) {
    process.stdout.write(`${words.already(plan.alreadySent.number, day(plan.alreadySent.start), day(plan.alreadySent.end))}\n`);
    return 1;
  }
  const out = [
    words.marked(
      plan.claim.number,
      day(plan.claim.start),
      day(plan.claim.end),
      plan.draft.figures.costs.length,
      formatMoney(plan.claim.applied, args.lang),
    ),
    words.where,
  ];
  if (plan.addsApplicationRow) out.push(words.appended);
  const saved = await editBook(args.book, zip, mode, args.now ?? new Date(), applyMarkSent(book, plan), async (editor) => {
    if (plan.newSheet) await editor.addSheet(plan.newSheet);
    await editor.writeBlocks(plan.blocks);
  });
  out.push(...savedLines(saved, args.lang));
  process.stdout.write(`${out.join("\n")}\n`);
  return 0;
}

/** `mark-sent --undo`: the period's frozen rows taken off the claims sheet, written as the mode says. */
async function undoMark(
  args: MarkSentArgs,
  mode: OutputMode,
  book: WorkbookData,
  zip: ZipArchive | null,
  period: Interval,
): Promise<number> {
  const words = WORDS[args.lang];
  const day = (d: number) => formatParam({ day: d }, args.lang);
  const plan = unmarkSent(book, period);
  if (!plan.claim || !plan.sheet) {
    process.stdout.write(`${words.notMarked(day(period.start), day(period.end))}\n`);
    return 1;
  }
  const sheet = plan.sheet;
  const saved = await editBook(args.book, zip, mode, args.now ?? new Date(), replaceSheet(book, sheet), (editor) =>
    editor.replaceSheet(sheet),
  );
  const out = [words.unmarked(plan.claim.number, day(plan.claim.start), day(plan.claim.end), plan.removed), words.keptRow];
  process.stdout.write(`${[...out, ...savedLines(saved, args.lang)].join("\n")}\n`);
  return 0;
}
