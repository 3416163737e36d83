/**
 * The rows of a sheet that belong to a table, one byte per row: a `Set<number>` of a million
 * ledger rows costs more to fill than reading the rows does.
 */
export class RowSet {
  private readonly taken: Uint8Array;

  constructor(rowCount: number) {
    this.taken = new Uint8Array(rowCount);
  }

  add(row: number): void {
    this.taken[row] = 1;
  }

  has(row: number): boolean {
    return this.taken[row] === 1;
  }
}
