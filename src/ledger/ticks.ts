/**
 * The marks that say a thing was done, in a ticked column (Hyväksyttävä, ALV palautuu) and in an
 * invoice's checker and approver cells alike. Any other symbol is no tick: a cross ("❌", "✗",
 * "✘", "✕", "×") or "!" says it was not done, and an unknown symbol says nothing.
 */
const TICKS: ReadonlySet<string> = new Set(["✓", "✔", "☑", "✅", "+", "*"]);

/**
 * Whether a text is ticks only: one tick, or ticks repeated ("✓✓", "✓ ✓", "++"), as a hand that
 * ticks twice writes them. "✔️" is "✔" with an emoji variation selector. A tick beside a cross
 * ("✓✗") or any other symbol is not.
 */
export function isTicks(text: string): boolean {
  const bare = text.replace(/[\ufe0f\s]/g, "");
  if (TICKS.has(bare)) return true;
  if (bare === "") return false;
  for (const symbol of bare) if (!TICKS.has(symbol)) return false;
  return true;
}
