/**
 * Sync benchmarks (run: npx tsx bench/sync.bench.ts [rows]):
 *  1. importing a 100 000-row partner CSV: decode + parse, preview, rows to append and the pure
 *     append, into a 2 000-row ledger, and (stress) into a 50 000-row ledger holding half the file;  target < 1 s
 *  2. fingerprinting 100 000 ledger rows, and re-checking 100 000 claimed rows
 *     (reading the claims sheet back and the CLAIMED_* rule);                     target < 1 s
 * Figures go to stdout; the exit code is 1 when a target is missed.
 *
 * Under tsx every function expression is wrapped in esbuild's keep-names helper (`__name`),
 * which doubles the cost of building a ledger (ledger/build.ts makes several closures per row).
 * The library's own speed is the bundled figure:
 *   npx esbuild bench/sync.bench.ts --bundle --platform=node --outfile=bench/out/sync.js && node bench/out/sync.js
 */
import { performance } from "node:perf_hooks";
import { buildLedger } from "../src/ledger/build";
import { makeFinding } from "../src/findings/makeFinding";
import { claimsRule } from "../src/rules/claims";
import { addSheet } from "../src/workbook/cells";
import { CLAIMS_SHEET, claimsRows, claimsSheetHead, readClaims } from "../src/ledger/claims";
import { claimedCosts } from "../src/ledger/costs";
import { toCsv } from "../src/workbook/csv";
import type { CsvField } from "../src/workbook/csv";
import { fingerprintRow } from "../src/ledger/fingerprint";
import { applyImport, rowsToAppend } from "../src/sync/import/importBlocks";
import { previewImport } from "../src/sync/import/importPreview";
import { partnerBookFromCsv } from "../src/sync/import/partnerFile";
import type { CellValue, WorkbookData } from "../src/workbook/types";

const ROWS = Number(process.argv[2] ?? 100_000);
const LEDGER_ROWS = ROWS / 2;
const PARTNERS = ["Pikassos", "Verso", "SONet BOTNIA"];
const LINES = ["Palkat", "Vuokrat", "Aineet, tarvikkeet ja tavarat", "Muut palvelujen ostot"];
const HEADER = [
  "Päivämäärä",
  "Laskuttaja",
  "Laskun numero",
  "Ajalta alkaen",
  "Ajalta päättyen",
  "Laji",
  "Tilikohta",
  "Summa (ALV 0)",
  "ALV",
  "Hyväksyttävä",
  "Asiatarkastaja",
  "Hyväksyjä",
  "Selite",
];
const SERIAL_2013 = 41_275; // 1.1.2013

/** Row i of the synthetic ledger: one invoice per two rows, months over 2013–2015, amounts in cents. */
function row(i: number): { partner: string; number: string; month: number; line: string; cents: number; vat: number } {
  const partner = PARTNERS[i % 3];
  return {
    partner,
    number: `${partner.slice(0, 3).toUpperCase()}-${Math.floor(i / 2)}`,
    month: Math.floor(i / 97) % 34,
    line: LINES[(i % 2) + (i % 7 === 0 ? 2 : 0)],
    cents: 10_000 + ((i * 7919) % 900_000),
    vat: i % 5 === 0 ? 2_400 : 0,
  };
}

function monthSerials(month: number): [number, number] {
  const start = Date.UTC(2013, month, 1) / 86_400_000 + 25_569;
  const end = Date.UTC(2013, month + 1, 0) / 86_400_000 + 25_569;
  return [start, end];
}

function ledgerBook(rows: number): WorkbookData {
  const cells: CellValue[][] = [HEADER];
  for (let i = 0; i < rows; i++) {
    const r = row(i);
    const [start, end] = monthSerials(r.month);
    cells.push([
      end + 5,
      r.partner,
      r.number,
      start,
      end,
      "toteuma",
      r.line,
      r.cents / 100,
      r.vat / 100,
      "kyllä",
      "Mäkinen",
      "Lahtinen",
      `rivi ${i}`,
    ]);
  }
  return {
    date1904: false,
    sheets: [
      {
        name: "Kumppanit",
        cells: [
          ["Kumppani", "Laskutustapa", "Alkaa", "Päättyy", "ALV palautuu"],
          ...PARTNERS.map((p, i): CellValue[] => [p, "toteuma", SERIAL_2013, SERIAL_2013 + 1_000, i === 2 ? "ei" : "kyllä"]),
        ],
      },
      { name: "Laskut", cells },
    ],
  };
}

function partnerCsv(rows: number, from: number): Uint8Array {
  const fi = (serial: number) => {
    const d = new Date((serial - 25_569) * 86_400_000);
    return `${d.getUTCDate()}.${d.getUTCMonth() + 1}.${d.getUTCFullYear()}`;
  };
  const out: CsvField[][] = [
    ["Laskun pvm", "Laskuttaja", "Laskun numero", "Ajalta alkaen", "Ajalta päättyen", "Tilikohta", "Summa (ALV 0)", "ALV", "Selite"],
  ];
  for (let i = from; i < from + rows; i++) {
    const r = row(i);
    const [start, end] = monthSerials(r.month);
    out.push([fi(end + 5), r.partner, r.number, fi(start), fi(end), r.line, { money: r.cents }, { money: r.vat }, `rivi ${i}`]);
  }
  return new TextEncoder().encode(`\ufeff${toCsv(out)}`);
}

function time<T>(work: () => T): [T, number] {
  const start = performance.now();
  const result = work();
  return [result, performance.now() - start];
}

const ms = (value: number) => `${value.toFixed(0).padStart(6)} ms`;
let missed = false;
const report = (label: string, value: number, target?: number) => {
  const verdict = target === undefined ? "" : value < target ? "  ok" : `  OVER the ${target} ms target`;
  if (target !== undefined && value >= target) missed = true;
  console.log(`  ${label.padEnd(58)} ${ms(value)}${verdict}`);
};

// --- 1. Import ------------------------------------------------------------------------------
/** Imports `bytes` into `book` the way the CLI does (decode, parse, preview, rows, append) and reports each step. */
function importOnce(title: string, book: WorkbookData, bytes: Uint8Array): void {
  console.log(title);
  const [csv, parseMs] = time(() => partnerBookFromCsv(bytes, "partner.csv"));
  const [preview, previewMs] = time(() => previewImport(book, csv, { file: "partner.csv", importedAt: "2015-11-05 10:00" }));
  const [rows, rowsMs] = time(() => rowsToAppend(preview));
  const [, applyMs] = time(() => applyImport(book, preview));
  report("decode + parse the CSV", parseMs);
  report(
    `preview (${preview.toAdd.length} to add, ${preview.alreadyPresent.length} present, ${preview.conflicts.length} conflicts, ${preview.bad.length} bad)`,
    previewMs,
  );
  report(`rows to append (${rows.length} rows × ${rows[0]?.length ?? 0} cells)`, rowsMs);
  report("append to the workbook (pure)", applyMs);
  report("import in total: parse + preview + append", parseMs + previewMs + rowsMs + applyMs, 1_000);
}

// Warm up once (JIT), then measure
previewImport(ledgerBook(1_000), partnerBookFromCsv(partnerCsv(2_000, 0), "w.csv"), { file: "w.csv", importedAt: "t" });
const bytes = partnerCsv(ROWS, 0);
importOnce(
  `Import: a ${ROWS.toLocaleString("en")}-row partner CSV (${(bytes.length / 1e6).toFixed(1)} MB) into a 2,000-row ledger (a project's usual size)`,
  ledgerBook(2_000),
  partnerCsv(ROWS, 2_000),
);
importOnce(
  `\nImport, stress: the same file into a ${LEDGER_ROWS.toLocaleString("en")}-row ledger that holds its first half already`,
  ledgerBook(LEDGER_ROWS),
  bytes,
);

// --- 2. Claims --------------------------------------------------------------------------------
console.log(`\nClaims: ${ROWS.toLocaleString("en")} claimed rows`);
const big = ledgerBook(ROWS);
const { ledger } = buildLedger(big);
const period = { start: -Infinity, end: Infinity };
const costs = claimedCosts(ledger, { start: null, end: period.end }).costs;
const [prints, fingerprintMs] = time(() => ledger.invoices.map(fingerprintRow));
report(`fingerprint every ledger row (${new Set(prints).size} distinct)`, fingerprintMs);
const claims = [
  ...claimsSheetHead(),
  ...claimsRows(
    { number: "1", start: 15_706, end: 16_739, sent: 16_770, eligible: costs.reduce((s, c) => s + c.cents, 0), stateShare: 0, applied: 0 },
    costs,
  ),
];
const withClaims = addSheet(big, { name: CLAIMS_SHEET, rows: claims, hidden: true });
const claimsSheet = withClaims.sheets.find((s) => s.name === CLAIMS_SHEET)!;
const [read, readMs] = time(() => readClaims(claimsSheet, false, []));
const claimed = { ...ledger, claims: read };
const [findings, checkMs] = time(() => claimsRule.check({ ledger: claimed, asOf: 16_800, finding: makeFinding }));
report("read the claims sheet back", readMs);
report(`re-check the claims (${findings.length} findings)`, checkMs);
report("fingerprint + read + re-check in total", fingerprintMs + readMs + checkMs, 1_000);
// A changed amount and a deleted row are found among 100 000
const edited = {
  ...claimed,
  invoices: claimed.invoices.slice(1).map((line, i) => (i === 500 ? { ...line, net: (line.net ?? 0) + 1 } : line)),
};
const [changed, changedMs] = time(() => claimsRule.check({ ledger: edited, asOf: 16_800, finding: makeFinding }));
report(`re-check with one row changed and one deleted (${changed.map((f) => f.code).join(", ")})`, changedMs, 1_000);
console.log(
  `\n${/\.ts$/.test(process.argv[1] ?? "") ? "Run through tsx (keep-names helpers on)" : "Run as an esbuild bundle"}; Node ${process.version}, ${process.platform}/${process.arch}; peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
);
process.exit(missed ? 1 : 0);
