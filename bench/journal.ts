/**
 * The generated ledger's lines as an hledger journal, for timing `hledger check` on the same
 * data: one transaction per ledger line, dated with the invoice date, described by partner and
 * invoice number, its net amount (plus VAT where the partner does not get it back) posted to
 * expenses:PARTNER:LINE and balanced by liabilities:PARTNER.
 *
 *   npx tsx bench/journal.ts 100000 bench/out/ledger-100k.journal
 */
import { createWriteStream } from "node:fs";
import { mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import { once } from "node:events";
import { dayFromSerial, isoOf } from "../src/periods";
import type { Generated } from "./generate";
import { generate } from "./generate";

/** hledger account names: no colons inside a part, no double spaces. */
function account(text: string): string {
  return text.replace(/:/g, "-").replace(/\s+/g, " ").trim();
}

/** Writes the Laskut sheet of a generated workbook as a journal; resolves to the transactions written. */
export async function writeJournal(path: string, generated: Generated): Promise<number> {
  await mkdir(dirname(path), { recursive: true });
  const laskut = generated.sheets.find((s) => s.name === "Laskut")!;
  const partners = generated.sheets.find((s) => s.name === "Kumppanit")!;
  const vatCounts = new Map(partners.rows.slice(1).map((r) => [r[0] as string, r[4] === "ei"]));
  const out = createWriteStream(path);
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, "drain");
  };
  await write("; KASTE Ledger bench: the generated Laskut sheet, one transaction per ledger line (SYNTHETIC)\ncommodity 1 000,00 EUR\n\n");
  let chunk = "";
  let count = 0;
  for (const row of laskut.rows.slice(1)) {
    const [date, partner, number, , , kind, line, net, vat] = row as [
      number,
      string,
      string,
      number,
      number,
      string,
      string,
      number,
      number,
    ];
    const cents = Math.round(net * 100) + (vatCounts.get(partner) ? Math.round(vat * 100) : 0);
    const amount = (cents / 100).toFixed(2).replace(".", ",");
    chunk += `${isoOf(dayFromSerial(date, false)!)} ${partner} ${number} (${kind})\n    expenses:${account(partner)}:${account(line)}    ${amount} EUR\n    liabilities:${account(partner)}\n\n`;
    count++;
    if (chunk.length > 1 << 16) {
      await write(chunk);
      chunk = "";
    }
  }
  await write(chunk);
  out.end();
  await once(out, "finish");
  return count;
}

if (process.argv[1] && /journal\.ts$/.test(process.argv[1])) {
  const rows = Number(process.argv[2] ?? 100_000);
  const path = process.argv[3] ?? `bench/out/ledger-${rows}.journal`;
  void writeJournal(path, generate(rows)).then((count) => process.stdout.write(`${count} transactions written to ${path}\n`));
}
