/**
 * Cost per call of the Excel custom functions, measured in node (Excel's JavaScript engines
 * are V8 on Windows and the web, JavaScriptCore on Mac; the order of magnitude carries over).
 *
 *   npx tsx bench/functions.bench.ts
 *
 * Target from issue 4: under 1 µs per KASTE.SHARE call.
 */
import { allocateTotal, share } from "../functions/functions";
import { allocate, stateShare } from "../src/money";
import { rng } from "./util";

interface Row {
  name: string;
  nsPerCall: number;
  note: string;
}

/** Median ns per call of `run(i)` over `rounds` rounds of `calls` calls each, after a warm-up round. */
function measure(calls: number, run: (i: number) => unknown, rounds = 7): number {
  let sink = 0;
  const once = (): number => {
    const start = process.hrtime.bigint();
    for (let i = 0; i < calls; i++) {
      const result = run(i);
      if (result === sink) sink++; // keeps the result alive
    }
    return Number(process.hrtime.bigint() - start) / calls;
  };
  once();
  const times = Array.from({ length: rounds }, once).sort((a, b) => a - b);
  if (sink < 0) console.log(sink);
  return times[Math.floor(rounds / 2)];
}

const next = rng(4);
const AMOUNTS = Array.from({ length: 1024 }, () => Math.round(next() * 200_000_000) / 100); // up to 2 M€, in cents
const AMOUNT_TEXTS = AMOUNTS.map(
  (euros) =>
    euros
      .toFixed(2)
      .replace(".", ",")
      .replace(/\B(?=(\d{3})+(?!\d))/g, "\u00a0") + "\u00a0€",
);
const CENTS = AMOUNTS.map((euros) => Math.round(euros * 100));
const POPULATIONS = Array.from({ length: 1000 }, () => 500 + Math.floor(next() * 250_000));
const POPULATION_COLUMN = POPULATIONS.map((population) => [population]);
const FRACTIONS = Array.from({ length: 1000 }, () => next());
const FRACTION_COLUMN = FRACTIONS.map((fraction) => [fraction]);

const rows: Row[] = [
  { name: "SHARE(amount)", nsPerCall: measure(1_000_000, (i) => share(AMOUNTS[i & 1023])), note: "state part, number in" },
  {
    name: 'SHARE(amount; "kunta"; 0,8)',
    nsPerCall: measure(500_000, (i) => share(AMOUNTS[i & 1023], "kunta", 0.8)),
    note: "party and rate read each call",
  },
  { name: 'SHARE("1 828 204,50 €")', nsPerCall: measure(300_000, (i) => share(AMOUNT_TEXTS[i & 1023])), note: "amount parsed from text" },
  {
    name: "stateShare (src/money)",
    nsPerCall: measure(2_000_000, (i) => stateShare(CENTS[i & 1023], 750_000)),
    note: "the library call alone",
  },
  {
    name: "ALLOCATE(total; 1 000 populations)",
    nsPerCall: measure(300, (i) => allocateTotal(AMOUNTS[i & 1023], POPULATION_COLUMN)),
    note: "integer weights, column in and out",
  },
  {
    name: "ALLOCATE(total; 1 000 fractions)",
    nsPerCall: measure(200, (i) => allocateTotal(AMOUNTS[i & 1023], FRACTION_COLUMN)),
    note: "non-integer weights (decimal scaling)",
  },
  {
    name: "allocate (src/money), 1 000 populations",
    nsPerCall: measure(300, (i) => allocate(CENTS[i & 1023], POPULATIONS)),
    note: "the library call alone",
  },
];

const format = (ns: number): string => (ns >= 10_000 ? `${(ns / 1000).toFixed(1)} µs` : `${ns.toFixed(ns < 100 ? 1 : 0)} ns`);
const width = Math.max(...rows.map((row) => row.name.length));
console.log(`node ${process.version}, ${process.arch}; median of 7 rounds\n`);
console.log(`${"call".padEnd(width)}  ${"per call".padStart(10)}  note`);
console.log(`${"-".repeat(width)}  ${"-".repeat(10)}  ${"-".repeat(36)}`);
for (const row of rows) console.log(`${row.name.padEnd(width)}  ${format(row.nsPerCall).padStart(10)}  ${row.note}`);
const shareNs = rows[0].nsPerCall;
console.log(`\nSHARE: ${format(shareNs)} per call, target < 1 µs: ${shareNs < 1000 ? "met" : "NOT MET"}`);
