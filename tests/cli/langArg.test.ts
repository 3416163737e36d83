import assert from "node:assert/strict";
import { langArg } from "../../cli/langArg";
import { runCli } from "../support/cli";

describe("--lang (issue 13: `--lang EN` was refused, LANG ignored)", () => {
  it("takes the language in any case", () => {
    assert.equal(langArg("EN", undefined), "en");
    assert.equal(langArg("Sv", "fi_FI.UTF-8"), "sv");
    assert.equal(langArg("de", undefined), null);
  });

  it("takes LANG's language when --lang is not given, else Finnish", () => {
    assert.equal(langArg(undefined, "sv_FI.UTF-8"), "sv");
    assert.equal(langArg(undefined, "en_GB.UTF-8"), "en");
    assert.equal(langArg(undefined, "C.UTF-8"), "fi");
    assert.equal(langArg(undefined, undefined), "fi");
  });

  it("kaste accepts --lang EN and speaks English", async () => {
    const { code, err } = await runCli("check", "no-such-file.xlsx", "--lang", "EN");
    assert.equal(code, 2);
    assert.doesNotMatch(err, /unknown language/);
    assert.doesNotMatch(err, /ei löydy|Tiedosto/i);
  });
});
