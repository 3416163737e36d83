import { CANONICAL_HEADERS } from "../canonical";
import { FIELD_LABELS, isMappableKind } from "../fieldLabels";
import type { Labels } from "../fieldLabels";
import type { TableKind } from "../model";
import { TABLES } from "../vocabulary";
import type { TableSpec } from "../vocabulary";

const SPECS = new Map<TableKind, TableSpec>(TABLES.map((spec) => [spec.kind, spec]));

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

/** A field's name in each language, for a message about a column the sheet lacks (its canonical header if the field has no labels). */
export function fieldWords(kind: TableKind, field: string): string | { readonly words: Labels } {
  const labels = isMappableKind(kind) ? FIELD_LABELS[kind][field] : undefined;
  return labels ? { words: labels } : labelOf(kind, field);
}
