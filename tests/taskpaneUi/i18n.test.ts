import assert from "node:assert/strict";
import { langOfDisplay, STRINGS } from "../../taskpane/i18n";

/** Every key of a strings object, nested keys as `a.b`, with the type of its value. */
function shape(value: object, prefix = ""): string[] {
  return Object.entries(value).flatMap(([key, v]) =>
    typeof v === "object" && v !== null ? shape(v as object, `${prefix}${key}.`) : [`${prefix}${key}:${typeof v}`],
  );
}

describe("the pane's languages", () => {
  it("follows Office's display language: Swedish and English when Office speaks them, else Finnish", () => {
    assert.equal(langOfDisplay("fi-FI"), "fi");
    assert.equal(langOfDisplay("sv-FI"), "sv");
    assert.equal(langOfDisplay("sv-SE"), "sv");
    assert.equal(langOfDisplay("en-US"), "en");
    assert.equal(langOfDisplay("EN_gb"), "en");
    assert.equal(langOfDisplay("de-DE"), "fi");
    assert.equal(langOfDisplay(""), "fi");
  });

  it("has every text in Finnish, Swedish and English", () => {
    const finnish = shape(STRINGS.fi).sort();
    assert.deepEqual(shape(STRINGS.sv).sort(), finnish);
    assert.deepEqual(shape(STRINGS.en).sort(), finnish);
    for (const [lang, strings] of Object.entries(STRINGS)) {
      for (const [key, value] of Object.entries(strings)) {
        if (typeof value === "string") assert.ok(value.trim().length > 0, `${lang}.${key}`);
      }
    }
  });

  it("says the same thing differently in each language", () => {
    assert.equal(STRINGS.fi.checkButton, "Tarkista työkirja");
    assert.equal(STRINGS.fi.apply, "Korjaa");
    assert.notEqual(STRINGS.sv.checkButton, STRINGS.fi.checkButton);
    assert.notEqual(STRINGS.en.checkButton, STRINGS.sv.checkButton);
    assert.equal(STRINGS.en.verdict.blocked(2), "Not ready: 2 errors block the payment application");
    assert.equal(STRINGS.fi.verdict.blocked(27), "Ei valmis: 27 virhettä estää maksatushakemuksen");
  });
});
