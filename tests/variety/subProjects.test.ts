import assert from "node:assert/strict";
import { dayFromYmd } from "../../src/periods";
import { read } from "./support";

describe("variety: a workbook with a sub-project's facts beside the project's", () => {
  it("takes the project's facts from its Hanke sheet, not from a sub-project's sheet before it", () => {
    const { ledger, findings } = read({
      "Osahanke Pohjanmaa": [
        ["Osahanke", "LasSe Pohjanmaa"],
        ["Alkaa", "1.1.2014"],
        ["Hyväksyttävät kustannukset", 100_000],
        ["Valtionavustus", 75_000],
      ],
      Hanke: [
        ["Hanke", "LasSe"],
        ["Alkaa", "1.4.2013"],
        ["Päättyy", "31.10.2015"],
        ["Hyväksyttävät kustannukset", 466_220],
        ["Valtionavustus", 349_665],
      ],
    });
    const { start, end, eligible, stateGrant } = ledger.project;
    assert.deepEqual(
      [start, end, eligible?.value, stateGrant?.value],
      [
        { value: dayFromYmd(2013, 4, 1), sheet: "Hanke", cell: "B2" },
        { value: dayFromYmd(2015, 10, 31), sheet: "Hanke", cell: "B3" },
        46_622_000,
        34_966_500,
      ],
    );
    assert.deepEqual(findings, []);
  });

  it("still reads a sub-project's facts when they are the only ones", () => {
    const { ledger } = read({ "Osahanke Pohjanmaa": [["Alkaa", "1.1.2014"]], Muistiinpanot: [["Huom", "laskut 3/2014 puuttuvat"]] });
    assert.equal(ledger.project.start?.value, dayFromYmd(2014, 1, 1));
  });
});
