/**
 * The key blocks' text dates (Hanke's Alkaa, Asetukset's Tarkastuspäivä) in the order the
 * workbook shows: a key block holds a handful of dates, too few to prove an order alone, so an
 * ambiguous one (4/1/2013) follows the block's other dates when one of them settles the order
 * (10/31/2015), else the order the tables' date columns proved (an en-US CSV export writes all
 * its dates alike), else day first; either way said at its cell (DATE_ORDER_ASSUMED). A date that
 * reads only one way (10/31/2015, 31/10/2015) is read that way, without a word.
 */
import type { ParamsOf } from "../findings/params";
import { parseDate } from "../periods";
import type { Day } from "../periods";
import { dateOrderOf } from "../periods/dateOrder";
import type { CellValue } from "../workbook/types";
import { asDate } from "./coerce";
import type { Coerced } from "./coerce";
import type { DateProof } from "./phases/dateOrders";

export interface KeyDate {
  readonly coerced: Coerced<Day>;
  /** Set when the date read both ways and the order was taken from elsewhere. */
  readonly assumed?: ParamsOf<"DATE_ORDER_ASSUMED">;
}

export class KeyDateOrder {
  private readonly proof: DateProof | null;

  /** `keyDates`: every date-typed key's value with its key as typed; `tableProofs`: what the tables proved. */
  constructor(keyDates: readonly { readonly raw: CellValue; readonly label: string }[], tableProofs: readonly DateProof[]) {
    this.proof = ownProof(keyDates) ?? agreedProof(tableProofs);
  }

  read(raw: CellValue, label: string, date1904: boolean): KeyDate {
    if (typeof raw !== "string") return { coerced: asDate(raw, label, date1904) };
    const own = dateOrderOf([raw]).order;
    if (own === "monthFirst") {
      const day = parseDate(raw, true);
      if (day !== null) return { coerced: { value: day } };
    }
    if (own !== "undecided") return { coerced: asDate(raw, label, date1904) };
    const order = this.proof?.order ?? "dayFirst";
    const sample = raw.trim();
    const why = this.proof ? { why: "otherColumn" as const, other: this.proof.header } : { why: "default" as const };
    const day = parseDate(raw, order === "monthFirst");
    if (day === null) return { coerced: asDate(raw, label, date1904) };
    return { coerced: { value: day }, assumed: { field: label, order, sample, ...why } };
  }
}

function ownProof(keyDates: readonly { readonly raw: CellValue; readonly label: string }[]): DateProof | null {
  const order = dateOrderOf(keyDates.map((k) => k.raw)).order;
  if (order !== "dayFirst" && order !== "monthFirst") return null;
  const proving = keyDates.find((k) => dateOrderOf([k.raw]).order === order);
  return proving ? { order, header: proving.label } : null;
}

function agreedProof(proofs: readonly DateProof[]): DateProof | null {
  return proofs.length > 0 && proofs.every((p) => p.order === proofs[0].order) ? proofs[0] : null;
}
