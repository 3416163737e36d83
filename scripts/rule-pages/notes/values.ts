/** Values for the pages' example findings, typed the way people read them. */
import { dayFromYmd } from "../../../src/periods";

/** "31.10.2015" as a finding's day. */
export function d(text: string): { day: number } {
  const [day, month, year] = text.split(".").map(Number);
  return { day: dayFromYmd(year, month, day) };
}

/** Euros (cents after the point, 1371152.5) as a finding's money. */
export function eur(euros: number): { cents: number } {
  return { cents: Math.round(euros * 100) };
}

export function ratio(value: number): { ratio: number } {
  return { ratio: value };
}
