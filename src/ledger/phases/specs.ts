import { CANONICAL_HEADERS } from "../canonical";
import type { TableKind } from "../model";
import { TABLES } from "../vocabulary";
import type { TableSpec } from "../vocabulary";

const SPECS = new Map(TABLES.map((spec) => [spec.kind, spec]));

/** The vocabulary's description of a table: its fields, their types, which are required. */
export function specOf(kind: TableKind): TableSpec {
  const spec = SPECS.get(kind);
  if (!spec) throw new Error(`no table spec for ${kind}`);
  return spec;
}

/** A field's canonical header ("Laskuttaja"), for messages about a column that has none. */
export function labelOf(kind: TableKind, field: string): string {
  const labels = CANONICAL_HEADERS[kind as keyof typeof CANONICAL_HEADERS] as Readonly<Record<string, string>> | undefined;
  return labels?.[field] ?? field;
}
