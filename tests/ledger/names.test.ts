import assert from "node:assert/strict";
import { nameKeys, sameName } from "../../src/ledger/names";

describe("names compared between tables", () => {
  it("ignores case, accents, punctuation and extra spaces", () => {
    assert.ok(sameName("SONet BOTNIA", "Sonet  Botnia"));
    assert.ok(sameName("Palkat", "palkat "));
    assert.ok(sameName("Kemijärvi", "KEMIJARVI"));
  });

  it("keeps different names apart", () => {
    assert.ok(!sameName("Kemi", "Kemijärvi"));
  });

  it("memoises keys without changing them", () => {
    const keyOf = nameKeys();
    assert.equal(keyOf("SONet BOTNIA"), "sonet botnia");
    assert.equal(keyOf("SONet BOTNIA"), "sonet botnia");
  });
});
