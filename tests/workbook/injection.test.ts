import assert from "node:assert/strict";
import fc from "fast-check";
import { escapeFormulaText, needsFormulaEscape, unescapeFormulaText } from "../../src/workbook/injection";

describe("formula injection", () => {
  const dangerous = [
    "=1+1",
    '=HYPERLINK("http://evil","x")',
    "+358401234567",
    "-2+3",
    "@SUM(A1:A9)",
    "\t=1",
    "\r=1",
    "＝1",
    "＋1",
    "－1",
    "＠x",
  ];
  const harmless = ["Palkat", "1 234,50", "'quoted", " =1", "", "Närpiö", "e=mc2"];

  it("escapes text a spreadsheet would run, and only that", () => {
    for (const text of dangerous) {
      assert.equal(needsFormulaEscape(text), true, text);
      assert.equal(escapeFormulaText(text), `'${text}`);
    }
    for (const text of harmless) {
      assert.equal(needsFormulaEscape(text), false, text);
      assert.equal(escapeFormulaText(text), text);
    }
  });

  it("unescaping gives back any text that was not already escaped-looking (property)", () => {
    fc.assert(
      fc.property(
        fc.string().filter((t) => !/^'[=+\-@\t\r＝＋－＠]/.test(t)),
        (text) => unescapeFormulaText(escapeFormulaText(text)) === text,
      ),
    );
  });

  it("an escaped text never starts with a formula character", () => {
    fc.assert(fc.property(fc.string(), (text) => !needsFormulaEscape(escapeFormulaText(text))));
  });
});
