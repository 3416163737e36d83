/**
 * The optimal-string-alignment distance between two words: insertions, deletions, substitutions and the swap of two
 * neighbours ("fromat" → "format") each cost one.
 */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row: number[] = [i];
    for (let j = 1; j <= b.length; j++) row.push(i === 0 ? j : 0);
    rows.push(row);
  }
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2][j - 2] + 1);
      rows[i][j] = best;
    }
  }
  return rows[a.length][b.length];
}

/**
 * The known word closest to what was typed, when it is close enough to be a slip of the finger: at most one edit in a
 * short word, two in a longer one, or the typed word a prefix of exactly one known word (`--in` → `--into`).
 */
export function closest(typed: string, known: readonly string[]): string | null {
  const word = typed.toLowerCase();
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const distance = editDistance(word, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const allowed = word.length <= 4 ? 1 : 2;
  if (best !== null && bestDistance <= allowed) return best;
  const prefixed = word.length >= 2 ? known.filter((candidate) => candidate.startsWith(word)) : [];
  return prefixed.length === 1 ? prefixed[0] : null;
}
