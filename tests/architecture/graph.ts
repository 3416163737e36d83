/** The import graph of the core and the adapters, read from the sources (type imports included). */
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, normalize } from "node:path";

export interface Layer {
  readonly name: string;
  readonly rank: number;
}

/** Top to bottom; layers of one rank are siblings and may not import each other. */
export const LAYERS: readonly Layer[] = [
  { name: "cli", rank: 8 },
  { name: "taskpane", rank: 8 },
  { name: "functions", rank: 8 },
  { name: "src/sync/import", rank: 6 },
  { name: "src/sync/application", rank: 6 },
  { name: "src/report", rank: 6 },
  { name: "src/check", rank: 5 },
  { name: "src/rules", rank: 4 },
  { name: "src/ledger", rank: 3 },
  { name: "src/findings", rank: 2 },
  { name: "src/workbook", rank: 1 },
  { name: "src/money", rank: 0 },
  { name: "src/periods", rank: 0 },
];

const ROOTS = ["src", "cli", "taskpane", "functions"];

export function layerOf(file: string): Layer | null {
  return LAYERS.find((layer) => file === layer.name || file.startsWith(`${layer.name}/`)) ?? null;
}

function sourcesUnder(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder).flatMap((entry) => {
    const path = join(folder, entry);
    if (statSync(path).isDirectory()) return sourcesUnder(path);
    return /\.ts$/.test(entry) && !entry.endsWith(".d.ts") ? [path] : [];
  });
}

const IMPORT = /(?:^\s*(?:import|export)\b[^;"']*?\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)["']([^"']+)["']/gm;

function resolve(from: string, specifier: string): string {
  const base = normalize(join(dirname(from), specifier));
  for (const candidate of [base, `${base}.ts`, join(base, "index.ts")]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return base;
}

/**
 * file → the files it imports (relative imports), or with `external` the packages and Node
 * modules it imports. Comments are skipped so that an example in a JSDoc is no import.
 */
export function importGraph(options: { external?: boolean } = {}): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of ROOTS.flatMap(sourcesUnder)) {
    const code = readFileSync(file, "utf8")
      .replace(/\/\*[\s\S]*?\*\//g, "")
      .replace(/^\s*\/\/.*$/gm, "");
    const targets = new Set<string>();
    for (const match of code.matchAll(IMPORT)) {
      const specifier = match[1] ?? "";
      const relative = specifier.startsWith(".");
      if (options.external ? !relative : relative) targets.add(relative ? resolve(file, specifier) : specifier);
    }
    graph.set(file, targets);
  }
  return graph;
}

/** Every cycle (strongly connected component of more than one file, or a file importing itself). */
export function cyclesOf(graph: ReadonlyMap<string, ReadonlySet<string>>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (file: string): void => {
    index.set(file, next);
    low.set(file, next);
    next += 1;
    stack.push(file);
    onStack.add(file);
    for (const target of graph.get(file) ?? []) {
      if (!graph.has(target)) continue;
      if (!index.has(target)) {
        visit(target);
        low.set(file, Math.min(low.get(file) ?? 0, low.get(target) ?? 0));
      } else if (onStack.has(target)) {
        low.set(file, Math.min(low.get(file) ?? 0, index.get(target) ?? 0));
      }
    }
    if (low.get(file) === index.get(file)) {
      const component: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop();
        if (member === undefined) break;
        onStack.delete(member);
        component.push(member);
      } while (member !== file);
      if (component.length > 1 || graph.get(file)?.has(file)) cycles.push(component.sort());
    }
  };
  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return cycles;
}
