import assert from "node:assert/strict";
import { TABLE_FIELDS } from "../../src/ledger/fields";
import { TABLES } from "../../src/ledger/vocabulary";

describe("the fields of each table", () => {
  it("are exactly the fields the vocabulary describes, in its order", () => {
    assert.deepEqual(Object.keys(TABLE_FIELDS).sort(), TABLES.map((spec) => spec.kind).sort());
    for (const spec of TABLES) {
      assert.deepEqual(
        spec.fields.map((f) => f.field),
        [...TABLE_FIELDS[spec.kind]],
        spec.kind,
      );
    }
  });
});
