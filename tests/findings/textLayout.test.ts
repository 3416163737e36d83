import assert from "node:assert/strict";
import { wrapHanging } from "../../src/findings/textLayout";

describe("wrapping text output to the terminal", () => {
  const prefix = "  Laskut!H2  VALUE_NOT_A_NUMBER  ";
  const text = "Kumppanin Pikassos laskun PIK-029 jakso 1.4.2015–15.4.2015 ei ole yksi kalenterikuukausi; odotettu 1.4.2015–30.4.2015.";

  it("keeps one line per finding when there is no width (piped output)", () => {
    assert.deepEqual(wrapHanging(prefix, text, undefined), [prefix + text]);
  });

  it("keeps a line that fits as it is", () => {
    assert.deepEqual(wrapHanging(prefix, "lyhyt", 80), [`${prefix}lyhyt`]);
  });

  it("wraps at spaces within the width, each following line under the text's first column", () => {
    const lines = wrapHanging(prefix, text, 80);
    assert.ok(lines.length > 1);
    for (const line of lines) assert.ok(line.length <= 80, line);
    for (const line of lines.slice(1)) assert.match(line, new RegExp(`^ {${prefix.length}}\\S`));
    assert.equal(lines.map((line) => line.trim()).join(" "), (prefix + text).trim());
  });

  it("puts the text under the prefix at a short indent when the terminal leaves it too little room", () => {
    const lines = wrapHanging(prefix, text, 50);
    assert.equal(lines[0], prefix.trimEnd());
    for (const line of lines.slice(1)) {
      assert.match(line, /^ {4}\S/);
      assert.ok(line.length <= 50, line);
    }
  });

  it("never breaks an amount held together by no-break spaces, nor a word longer than the line", () => {
    const amount = "349\u00a0665,00\u00a0€";
    const lines = wrapHanging("", `enintään ${amount} ylitys Laskut!H2:H100000,H100002:H200000`, 20);
    assert.ok(lines.some((line) => line.includes(amount)));
    assert.ok(lines.includes("Laskut!H2:H100000,H100002:H200000"));
  });
});
