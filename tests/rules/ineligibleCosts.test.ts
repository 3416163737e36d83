import assert from "node:assert/strict";
import fc from "fast-check";
import { classify, ineligibleCategory } from "../../src/rules/ineligibleCosts";
import { findingsOf } from "../support/check";

const HEADER = ["Laskuttaja", "Laskun numero", "Tilikohta", "Summa", "Hyväksyttävä", "Selite"];

describe("costs the grant never covers", () => {
  it("flags depreciation marked eligible", () => {
    const sheets = { Laskut: [HEADER, ["Verso", "1", "Poistot", 500, "kyllä", "kalustopoistot 2014"]] };
    assert.deepEqual(findingsOf(sheets, ["COST_INELIGIBLE"]), [["COST_INELIGIBLE", "Laskut!E2"]]);
  });

  it("accepts the same cost marked not eligible", () => {
    const sheets = { Laskut: [HEADER, ["Verso", "1", "Poistot", 500, "ei", ""]] };
    assert.deepEqual(findingsOf(sheets, ["COST_INELIGIBLE"]), []);
  });

  it("recognises provisions, fund-raising and imputed items in three languages", () => {
    assert.ok(ineligibleCategory("Lomapalkkavaraus") === null); // a holiday pay accrual word inside another word is not a provision
    assert.match(ineligibleCategory("Varaukset 2014")!, /provisions/);
    assert.match(ineligibleCategory("Varainhankinnan kulut")!, /fund-raising/);
    assert.match(ineligibleCategory("laskennallinen vuokra")!, /imputed/);
    assert.match(ineligibleCategory("Avskrivningar")!, /depreciation/);
    assert.match(ineligibleCategory("Fundraising dinner")!, /fund-raising/);
  });

  it("does not mistake a room booking for a provision", () => {
    assert.equal(ineligibleCategory("Tilavaraus, koulutuspäivä"), null);
    for (const booking of ["Kokoustilan varaus", "Hotellin varaus 12.3.", "Varausmaksu", "Tilan varauksen peruutus"])
      assert.equal(ineligibleCategory(booking), null, booking);
    for (const provision of ["Pakolliset varaukset", "Varausten muutos", "Avsättningar"])
      assert.match(ineligibleCategory(provision)!, /provisions/, provision);
    const sheets = { Laskut: [HEADER, ["Verso", "1", "Vuokrat", 500, "kyllä", "Tilavaraus"]] };
    assert.deepEqual(findingsOf(sheets, ["COST_INELIGIBLE"]), []);
  });
});

describe("the fast ineligible-cost match", () => {
  it("gives the same category as normalising the text, for any text (property)", () => {
    const pieces = [
      "poisto",
      "Poistot",
      "avskrivning",
      "avsättning",
      "AVSÄTTNING",
      "varaus",
      "tila",
      "varainhankinta",
      "fund raising",
      "fund-raising",
      "fundrais",
      "imputed",
      "laskennallinen",
      "kalkylerad",
      "notional",
      "provision",
      "insamling",
      " ",
      "-",
      "/",
      "ä",
      "ö",
      "å",
      "é",
      "ø",
      "ß",
      "1",
      "x",
      "Ä",
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 8 }), (parts) => {
        const text = parts.join("");
        assert.equal(ineligibleCategory(text), classify(text), JSON.stringify(text));
      }),
      { numRuns: 20_000 },
    );
  });
});
