/** A1 addresses as Office.js takes and gives them: `B2`, `A3:F3`, `$A$1`, `'Laskut 2013'!A1:M20`, `3:5`, `A:C`. */
import { cellAddress, columnIndex } from "../../../src/workbook/address";

export interface Bounds {
  /** 0-based, inclusive. */
  readonly r0: number;
  readonly c0: number;
  readonly r1: number;
  readonly c1: number;
}

/** Excel's grid: 1 048 576 rows × 16 384 columns. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

/** The rectangle an address names (its sheet prefix, if any, is returned apart), or null when it is no address. */
export function parseRange(address: string): { sheet: string | null; bounds: Bounds } | null {
  let rest = address.trim();
  let sheet: string | null = null;
  const bang = rest.lastIndexOf("!");
  if (bang >= 0) {
    const prefix = rest.slice(0, bang);
    sheet = prefix.startsWith("'") && prefix.endsWith("'") ? prefix.slice(1, -1).replace(/''/g, "'") : prefix;
    rest = rest.slice(bang + 1);
  }
  const [first, second = first] = rest.replace(/\$/g, "").toUpperCase().split(":");
  const cell = /^([A-Z]{1,3})(\d+)$/;
  const a = cell.exec(first),
    b = cell.exec(second);
  let bounds: Bounds | null = null;
  if (a && b) {
    bounds = { r0: Number(a[2]) - 1, c0: columnIndex(a[1]), r1: Number(b[2]) - 1, c1: columnIndex(b[1]) };
  } else if (/^\d+$/.test(first) && /^\d+$/.test(second)) {
    bounds = { r0: Number(first) - 1, c0: 0, r1: Number(second) - 1, c1: MAX_COLS - 1 };
  } else if (/^[A-Z]{1,3}$/.test(first) && /^[A-Z]{1,3}$/.test(second)) {
    bounds = { r0: 0, c0: columnIndex(first), r1: MAX_ROWS - 1, c1: columnIndex(second) };
  }
  if (!bounds) return null;
  const ordered = {
    r0: Math.min(bounds.r0, bounds.r1),
    r1: Math.max(bounds.r0, bounds.r1),
    c0: Math.min(bounds.c0, bounds.c1),
    c1: Math.max(bounds.c0, bounds.c1),
  };
  if (ordered.r0 < 0 || ordered.c0 < 0 || ordered.r1 >= MAX_ROWS || ordered.c1 >= MAX_COLS) return null;
  return { sheet, bounds: ordered };
}

/** A sheet name as Office writes it in an address: quoted unless letters, digits and underscores. */
export function quoteSheet(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_]*$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** `Laskut!A1:M20`, or `Laskut!B2` for one cell: the address Office gives back. */
export function formatRange(sheet: string, bounds: Bounds): string {
  const start = cellAddress(bounds.r0, bounds.c0);
  const end = cellAddress(bounds.r1, bounds.c1);
  return `${quoteSheet(sheet)}!${start === end ? start : `${start}:${end}`}`;
}
