import type { Finding } from "../../findings/finding";
import { makeFinding } from "../../findings/makeFinding";
import { dateOrderOf } from "../../periods/dateOrder";
import type { DateOrder } from "../../periods/dateOrder";
import { cellAddress } from "../../workbook/address";
import type { TableRef } from "../model";
import type { SheetReader } from "../sheetReader";
import { labelOf, specOf } from "./specs";

/** The order one column's values prove, and that column's header (for a message about another value read alike). */
export interface DateProof {
  readonly order: DateOrder;
  readonly header: string;
}

export interface TableDateOrders {
  readonly monthFirst: ReadonlyMap<string, boolean>;
  /** The order the table's date columns prove together; null when none or they disagree. */
  readonly proof: DateProof | null;
}

/**
 * Phase 3, coerce: the order of each date column's text dates (09/02/2013), proved by its own
 * values (any part over 12). A column every value of which reads both ways follows the table's
 * other date columns when they prove one order (an en-US CSV writes all its dates alike), else
 * day first; either way said once per column as a note (DATE_ORDER_ASSUMED) at its header.
 * Returns, per date field, whether it is read month first, and the column that proved the order.
 */
export function dateOrders(table: TableRef, reader: SheetReader, endRow: number, findings: Finding[]): TableDateOrders {
  const columns = specOf(table.kind)
    .fields.filter((f) => f.type === "date" && table.columns[f.field] !== undefined)
    .map((f) => {
      const col = table.columns[f.field];
      const values = function* () {
        for (let row = table.headerRow + 1; row < endRow; row++) yield reader.cell(row, col);
      };
      return { field: f.field, col, ...dateOrderOf(values()) };
    });
  const settled = new Set(columns.flatMap((c) => (c.order === "dayFirst" || c.order === "monthFirst" ? [c.order] : [])));
  const proof = settled.size === 1 ? columns.find((c) => c.order === "dayFirst" || c.order === "monthFirst") : undefined;
  const header = (field: string) => table.headers[field] ?? labelOf(table.kind, field);
  const monthFirst = new Map<string, boolean>();
  for (const column of columns) {
    let order: DateOrder = column.order === "monthFirst" ? "monthFirst" : "dayFirst";
    if (column.order === "undecided") {
      order = proof?.order === "monthFirst" ? "monthFirst" : "dayFirst";
      findings.push(
        makeFinding(
          "DATE_ORDER_ASSUMED",
          { sheet: table.sheet, cell: cellAddress(table.headerRow, column.col) },
          {
            field: header(column.field),
            order,
            sample: column.sample ?? "",
            ...(proof ? { why: "otherColumn" as const, other: header(proof.field) } : { why: "default" as const }),
          },
        ),
      );
    }
    monthFirst.set(column.field, order === "monthFirst");
  }
  return {
    monthFirst,
    proof:
      proof && (proof.order === "dayFirst" || proof.order === "monthFirst") ? { order: proof.order, header: header(proof.field) } : null,
  };
}
