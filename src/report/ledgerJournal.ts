/**
 * The structured ledger as an hledger journal (`kaste ledger --format journal`), for anyone who
 * keeps or audits accounts with plain-text accounting tools. One transaction per invoice line:
 *
 *     2014-01-31 Pikassos Oy | 2014-001 palkat tammikuu
 *         ; lähde: Laskut!A5, hakemus: 2014
 *         kulut:Palkat:Pikassos Oy           8120.00 EUR
 *         rahoitus:valtionavustus           -6090.00 EUR
 *         rahoitus:kuntaosuus               -2030.00 EUR
 *
 * The eligible cost goes to `kulut:<Tilikohta>:<partner>`, so `hledger balance kulut` gives the
 * eligible costs per cost line and partner; the funding side splits it into the state grant
 * (the rate, rounded down to the cent as everywhere) and the municipal share (the rest).
 * A line not eligible goes to `ei-hyväksyttävät:<Tilikohta>:<partner>` against the
 * administrator (`rahoitus:hallinnoija`), so it is visible but outside the eligible costs.
 * A line whose amount or day is unknown cannot be posted: it is a comment saying why.
 * Accounts and the commodity are declared, so `hledger check --strict` accepts the file.
 */
import { DEFAULT_RATE_PPM, rateInForce } from "../ledger/settings";
import { stateShare } from "../money";
import type { InvoiceExport, LedgerExport } from "./ledgerExport";

const STATE = "rahoitus:valtionavustus";
const MUNICIPAL = "rahoitus:kuntaosuus";
const ADMINISTRATOR = "rahoitus:hallinnoija";

/** A name as one account component: no colon (the separator), no `;` (a comment), single spaces (two end the name). */
function component(name: string, empty: string): string {
  const cleaned = name.replace(/[:;|]/g, "-").replace(/\s+/g, " ").trim();
  return cleaned === "" ? empty : cleaned;
}

/** Free text on a transaction's first line or in a comment: one line, no `;` starting a comment. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").replace(/;/g, ",").trim();
}

function amount(cents: number): string {
  const sign = cents < 0 ? "-" : "";
  const magnitude = Math.abs(cents);
  return `${sign}${Math.floor(magnitude / 100)}.${String(magnitude % 100).padStart(2, "0")} EUR`;
}

function posting(account: string, cents: number): string {
  return `    ${account.padEnd(48)}  ${amount(cents).padStart(16)}`;
}

function costAccount(line: InvoiceExport): string {
  return `kulut:${component(line.costLine, "(ei tilikohtaa)")}:${component(line.partner, "(ei laskuttajaa)")}`;
}

function otherAccount(line: InvoiceExport): string {
  return `ei-hyväksyttävät:${component(line.costLine, "(ei tilikohtaa)")}:${component(line.partner, "(ei laskuttajaa)")}`;
}

/**
 * @example
 * ledgerJournal(ledgerExport(ledger)) //=> "; KASTE Ledger: LasSe …\ncommodity 1000.00 EUR\n…"
 */
export function ledgerJournal(doc: LedgerExport): string {
  const rate = rateInForce(doc.project.ratePpm?.value ?? DEFAULT_RATE_PPM);
  const accounts = new Set<string>();
  const transactions: string[] = [];
  for (const line of doc.invoices) {
    const source = `${line.sheet}!${line.cell}`;
    const day = line.periodEnd ?? line.date;
    const otherAmount = line.markedEligible ? null : (line.netCents ?? line.grossCents);
    const cents = line.markedEligible ? line.eligibleCents : otherAmount;
    if (cents === null || day === null) {
      transactions.push(
        `; ${source}: ${cents === null ? "summa puuttuu / amount unknown" : "päivä puuttuu / no date"}, ei kirjattu / not posted`,
      );
      continue;
    }
    const title = [line.number, line.description].filter((part) => part !== "").join(" ");
    const comment = [`lähde: ${source}`, ...(line.application === null ? [] : [`hakemus: ${oneLine(line.application)}`])].join(", ");
    const postings: [string, number][] = line.markedEligible
      ? [
          [costAccount(line), cents],
          // the funding side balances the cost: its postings are negative
          [STATE, 0 - stateShare(cents, rate)],
          [MUNICIPAL, -(cents - stateShare(cents, rate))],
        ]
      : [
          [otherAccount(line), cents],
          [ADMINISTRATOR, -cents],
        ];
    for (const [account] of postings) accounts.add(account);
    transactions.push(
      [
        `${day} ${oneLine(component(line.partner, "-"))} | ${oneLine(title)}`,
        `    ; ${comment}`,
        ...postings.map(([a, c]) => posting(a, c)),
      ].join("\n"),
    );
  }
  const project = doc.project.name?.value ?? "";
  return [
    `; KASTE Ledger: ${oneLine(project)} (kaste ledger --format journal)`,
    "decimal-mark .",
    "commodity 1000.00 EUR",
    "",
    ...[...accounts].sort().map((account) => `account ${account}`),
    "",
    transactions.join("\n\n"),
    "",
  ].join("\n");
}
