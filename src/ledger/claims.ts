import { z } from "zod/mini";
import type { Finding } from "../findings/finding";
import { makeFinding } from "../findings/makeFinding";
import { asDate, asMoney, asText } from "./coerce";
import type { Application, ApplicationClaim, ClaimedApplication, ClaimedRow, InvoiceLine, Ledger, TableRef } from "./model";
import type { Cents } from "../money";
import type { Day } from "../periods";
import { cellAddress } from "../workbook/address";
import type { CellValue, SheetData } from "../workbook/types";
import type { OutCell } from "../workbook/cells";
import type { ClaimedCost } from "./costs";
import { fingerprintRow } from "./fingerprint";
import { GENERATED_MARK } from "./generated";
import { KIND_OF_WORD, KIND_WORDS, NO, YES } from "./words";

/**
 * The frozen claims: when a payment application is marked as sent, the workbook keeps its
 * period, its totals and every ledger row it claimed (values and fingerprint) on a hidden
 * sheet. `kaste check` (rules/claims.ts) compares the ledger against it from then on.
 *
 * Layout (one table, appended to by each application marked as sent):
 *   A1  "KASTE Ledger: …" (the generated-sheet mark)
 *   row 2  the headers below
 *   then per application one `hakemus` row (period, sent, totals) and its `rivi` rows (claimed values).
 * Amounts are euros, dates are dates: an auditor can unhide the sheet and read it.
 */
export const CLAIMS_SHEET = "KASTE-maksatukset";

const CLAIMS_TITLE = `${GENERATED_MARK} lähetettyjen maksatushakemusten rivit – älä muokkaa / rows of sent payment applications – do not edit`;

const APPLICATION = "hakemus";
const ROW = "rivi";

export const CLAIMS_HEADERS = [
  "Hakemus",
  "Tietue",
  "Alkaa",
  "Päättyy",
  "Lähetetty",
  "Hyväksyttävät yhteensä",
  "Valtionavustus enintään",
  "Haettu",
  "Rivejä",
  "Laskuttaja",
  "Laskun numero",
  "Päivämäärä",
  "Ajalta alkaen",
  "Ajalta päättyen",
  "Laji",
  "Tilikohta",
  "Summa (ALV 0)",
  "ALV",
  "Summa (sis. ALV)",
  "Hyväksyttävä",
  "Hyväksyttävä summa",
  "Solu",
  "Sormenjälki",
] as const;

type Header = (typeof CLAIMS_HEADERS)[number];

/** The cell of an application's field on the claims sheet (its `hakemus` row), where a finding about it points. */
export function claimCellOf(claim: Pick<ClaimedApplication, "sheet" | "row">, header: Header): { sheet: string; cell: string } {
  return { sheet: claim.sheet, cell: cellAddress(claim.row, CLAIMS_HEADERS.indexOf(header)) };
}

/**
 * The applications marked as sent that Maksatukset does not list. Marking as sent adds the
 * Maksatukset row only when the table has room for it, and a row may have been deleted since; the
 * application was sent all the same, so the chain of periods (rules/applications.ts) and the
 * drafted application's figures (sync/application/figures.ts) count it. Each claim is one row's at
 * most, and each row one claim's: first by its number, else its start or its end; then, a row
 * whose period was corrected since (in a table without Nro), by sharing at least half its days or
 * by its sent date. A row numbered otherwise is never the claim's, so an application sent the same
 * day or a neighbour typed a day into its period does not take a deleted row's claim.
 */
export function claimsNotListed(ledger: Ledger): readonly ClaimedApplication[] {
  const claims = ledger.claims ?? [];
  if (claims.length === 0) return claims;
  const rows = ledger.applications;
  const used = new Set<number>();
  const numberOf = (text: string) => text.trim();
  const compatible = (c: ClaimedApplication, a: Application) =>
    numberOf(c.number) === "" || numberOf(a.number) === "" || numberOf(c.number) === numberOf(a.number);
  const take = (test: (c: ClaimedApplication, a: Application) => boolean) => (c: ClaimedApplication) => {
    const index = rows.findIndex((a, i) => !used.has(i) && compatible(c, a) && test(c, a));
    if (index >= 0) used.add(index);
    return index >= 0;
  };
  const shared = (c: ClaimedApplication, a: Application) => {
    if (a.start === null || a.end === null) return 0;
    // as the chain takes a period typed end first
    return Math.min(Math.max(a.start, a.end), c.end) - Math.max(Math.min(a.start, a.end), c.start) + 1;
  };
  const passes = [
    take((c, a) => numberOf(c.number) !== "" && numberOf(c.number) === numberOf(a.number)),
    take((c, a) => a.start === c.start || a.end === c.end),
    take((c, a) => 2 * shared(c, a) >= c.end - c.start + 1 || (c.sent !== null && a.sent === c.sent)),
  ];
  let unlisted: readonly ClaimedApplication[] = claims;
  for (const pass of passes) unlisted = unlisted.filter((c) => !pass(c));
  return unlisted;
}

/** The first two rows of a new claims sheet: the generated-sheet mark and the headers. */
export function claimsSheetHead(): OutCell[][] {
  return [[CLAIMS_TITLE], [...CLAIMS_HEADERS]];
}

const dateOrNull = (day: Day | null): OutCell => (day === null ? null : { date: day });
const moneyOrNull = (cents: Cents | null): OutCell => (cents === null ? null : { money: cents });

const firstColumns = new WeakMap<TableRef, number>();

/** Where a ledger row stands, as "Laskut!A12" (its table's first column). */
export function originOf(line: InvoiceLine): string {
  const table = line.at.table;
  let col = firstColumns.get(table);
  if (col === undefined) firstColumns.set(table, (col = Math.min(...Object.values(table.columns))));
  return `${table.sheet}!${cellAddress(line.at.row, col)}`;
}

/** The rows that record one application and the ledger rows it claimed, in the CLAIMS_HEADERS order. */
export function claimsRows(application: ApplicationClaim, costs: readonly ClaimedCost[]): OutCell[][] {
  const rows: OutCell[][] = [
    [
      application.number,
      APPLICATION,
      { date: application.start },
      { date: application.end },
      dateOrNull(application.sent),
      { money: application.eligible },
      { money: application.stateShare },
      { money: application.applied },
      costs.length,
    ],
  ];
  for (const { line, cents } of costs) {
    const origin = originOf(line);
    rows.push([
      application.number,
      ROW,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      line.partner,
      line.number,
      dateOrNull(line.date),
      dateOrNull(line.periodStart),
      dateOrNull(line.periodEnd),
      line.kind === null ? null : KIND_WORDS[line.kind],
      line.line,
      moneyOrNull(line.net),
      moneyOrNull(line.vat),
      moneyOrNull(line.gross),
      line.eligible ? YES : NO,
      { money: cents },
      origin,
      fingerprintRow(line),
    ]);
  }
  return rows;
}

/** What a claims sheet's `hakemus` row must hold to be compared with: a period, and totals that are not negative. */
const ApplicationRowSchema = z
  .object({
    number: z.string().check(z.minLength(1)),
    start: z.number().check(z.int()),
    end: z.number().check(z.int()),
    sent: z.nullable(z.number().check(z.int())),
    eligible: z.number().check(z.int(), z.minimum(0)),
    stateShare: z.number().check(z.int(), z.minimum(0)),
    applied: z.number().check(z.int(), z.minimum(0)),
  })
  .check(z.refine((claim) => claim.start <= claim.end, { path: ["end"] }));

/** What a `rivi` row must hold: the fingerprint that finds its ledger row again, and an eligible cost. */
const ClaimedRowSchema = z.object({ fingerprint: z.string().check(z.minLength(1)), eligibleCents: z.number().check(z.int()) });

type Columns = Readonly<Record<Header, number>>;

/**
 * Reads the claims sheet back (from an .xlsx, where amounts are numbers and dates serials, or
 * from a CSV folder, where both are text). A row that cannot be read (someone edited the hidden
 * sheet) is left out and said once, CLAIMS_ROW_INVALID at its first bad cell: its application
 * is then not compared with the ledger.
 */
export function readClaims(sheet: SheetData, date1904: boolean, findings: Finding[]): ClaimedApplication[] {
  const header = sheet.cells[1] ?? [];
  const col = Object.fromEntries(
    CLAIMS_HEADERS.map((name) => [name, header.findIndex((cell) => typeof cell === "string" && cell.trim() === name)]),
  ) as Columns;
  const applications: (ClaimedApplication & { rows: ClaimedRow[] })[] = [];
  const byNumber = new Map<string, ClaimedApplication & { rows: ClaimedRow[] }>();
  const rejected = new Set<string>();
  const invalid = (row: number, name: Header) =>
    findings.push(
      makeFinding("CLAIMS_ROW_INVALID", { sheet: sheet.name, cell: cellAddress(row, Math.max(0, col[name])) }, { header: name }),
    );
  for (const [r, cells] of sheet.cells.entries()) {
    if (r < 2) continue;
    const read = new ClaimsRowReader(cells, col, date1904);
    const record = read.text("Tietue").toLowerCase();
    const number = read.text("Hakemus");
    if (record === APPLICATION) {
      const claim = ApplicationRowSchema.safeParse({
        number,
        start: read.date("Alkaa"),
        end: read.date("Päättyy"),
        sent: read.date("Lähetetty"),
        eligible: read.money("Hyväksyttävät yhteensä"),
        stateShare: read.money("Valtionavustus enintään"),
        applied: read.money("Haettu"),
      });
      if (!claim.success) {
        invalid(r, headerOfIssue(claim.error.issues[0]?.path[0], APPLICATION_FIELDS));
        rejected.add(number);
        continue;
      }
      const application = { ...claim.data, sheet: sheet.name, row: r, rows: [] as ClaimedRow[] };
      applications.push(application);
      byNumber.set(number, application);
    } else if (record === ROW) {
      const application = byNumber.get(number);
      if (!application) {
        // The rows of an application already said to be unreadable are not said again
        if (!rejected.has(number)) invalid(r, "Hakemus");
        continue;
      }
      const checked = ClaimedRowSchema.safeParse({
        fingerprint: read.text("Sormenjälki"),
        eligibleCents: read.money("Hyväksyttävä summa"),
      });
      if (!checked.success) {
        invalid(r, headerOfIssue(checked.error.issues[0]?.path[0], ROW_FIELDS));
        continue;
      }
      application.rows.push({
        partner: read.text("Laskuttaja"),
        number: read.text("Laskun numero"),
        date: read.date("Päivämäärä"),
        periodStart: read.date("Ajalta alkaen"),
        periodEnd: read.date("Ajalta päättyen"),
        kind: KIND_OF_WORD.get(read.text("Laji").toLowerCase()) ?? null,
        line: read.text("Tilikohta"),
        net: read.money("Summa (ALV 0)"),
        vat: read.money("ALV"),
        gross: read.money("Summa (sis. ALV)"),
        eligible: read.text("Hyväksyttävä").toLowerCase() !== NO,
        eligibleCents: checked.data.eligibleCents,
        origin: read.text("Solu"),
        fingerprint: checked.data.fingerprint,
        row: r,
      });
    }
  }
  return applications;
}

/** The claims sheet's header of each validated field, to point a finding at its cell. */
const APPLICATION_FIELDS: Readonly<Record<string, Header>> = {
  number: "Hakemus",
  start: "Alkaa",
  end: "Päättyy",
  sent: "Lähetetty",
  eligible: "Hyväksyttävät yhteensä",
  stateShare: "Valtionavustus enintään",
  applied: "Haettu",
};
const ROW_FIELDS: Readonly<Record<string, Header>> = { fingerprint: "Sormenjälki", eligibleCents: "Hyväksyttävä summa" };

function headerOfIssue(field: PropertyKey | undefined, headers: Readonly<Record<string, Header>>): Header {
  return (typeof field === "string" ? headers[field] : undefined) ?? "Tietue";
}

/** One row of the claims sheet, read by header. */
class ClaimsRowReader {
  constructor(
    private readonly cells: ReadonlyArray<CellValue>,
    private readonly col: Columns,
    private readonly date1904: boolean,
  ) {}

  private cell(name: Header): CellValue {
    const i = this.col[name];
    return i < 0 ? null : (this.cells[i] ?? null);
  }

  text(name: Header): string {
    return asText(this.cell(name)).value ?? "";
  }

  date(name: Header): Day | null {
    return asDate(this.cell(name), "", this.date1904).value;
  }

  money(name: Header): Cents | null {
    return asMoney(this.cell(name), "").value;
  }
}
