/** Small helpers the benches share: child processes, medians, Markdown tables. */
import { execFileSync } from "node:child_process";

/** mulberry32: a small, fast, seeded generator (deterministic across runs and machines), so runs compare. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Runs `script --child ...args` in a fresh Node with tsx; returns the JSON its last stdout line holds. */
export function runChild<T>(script: string, args: readonly string[], nodeOptions: readonly string[] = []): T {
  const out = execFileSync(process.execPath, [...nodeOptions, "--import", "tsx", script, "--child", ...args], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    maxBuffer: 1 << 24,
  });
  return JSON.parse(out.trim().split("\n").pop()!) as T;
}

export function median<T>(values: readonly T[], key: (v: T) => number): T {
  const sorted = [...values].sort((a, b) => key(a) - key(b));
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

export const mb = (bytes: number): string => `${Math.round(bytes / 2 ** 20)} MB`;
export const ms = (millis: number): string => `${Math.round(millis)} ms`;
export const seconds = (millis: number): string => `${(millis / 1000).toFixed(2)} s`;
export const count = (n: number): string => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, " ");

/** A Markdown table: the first column left-aligned, the others right-aligned. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: readonly string[]) =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(" | ")} |`;
  const rule = `|${widths.map((w, i) => (i === 0 ? ` ${"-".repeat(w)} ` : ` ${"-".repeat(w - 1)}: `)).join("|")}|`;
  return [line(header), rule, ...rows.map(line)].join("\n");
}
