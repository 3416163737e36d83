import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { CODES } from "../../src/findings/codes";

const domain = readFileSync("docs/domain.md", "utf8");

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces as hyphens. */
function anchorOf(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, "")
    .replace(/ /g, "-");
}

describe("docs/domain.md", () => {
  it("is linked from the README", () => {
    assert.match(readFileSync("README.md", "utf8"), /\]\(docs\/domain\.md\)/);
  });

  it("links only codes that exist", () => {
    // rules/README.md is the pages' index, every other page there is a code's
    const linked = [...domain.matchAll(/\]\(rules\/([A-Z0-9_]+)\.md\)/g)].map((m) => m[1]).filter((name) => name !== "README");
    assert.ok(linked.length >= 40, `only ${linked.length} codes linked`);
    assert.deepEqual(
      linked.filter((code) => !(code in CODES)),
      [],
    );
  });

  it("has a heading for every anchor its contents link", () => {
    const anchors = new Set([...domain.matchAll(/^#{2,3} (.+)$/gm)].map((m) => anchorOf(m[1])));
    const missing = [...domain.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]).filter((a) => !anchors.has(a));
    assert.deepEqual(missing, []);
  });

  it("explains the central rules with their Finnish terms", () => {
    for (const term of [
      "hallinnoija",
      "kuntaosuus",
      "valtionavustus",
      "tasaus",
      "kiinteä",
      "maksatushakemus",
      "tilikohta",
      "ALV",
      "100 €",
      "loppuraportti",
    ])
      assert.ok(domain.includes(term), term);
  });
});
