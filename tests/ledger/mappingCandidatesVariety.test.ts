import assert from "node:assert/strict";
import { mappingCandidates } from "../../src/ledger/mappingCandidates";
import { book } from "../support/book";

describe("mapping candidates of tables read without a Vuosi or Summa column", () => {
  it("do not ask to map what year or version columns, or a year in the title, stand for; quiet columns alone list nothing", () => {
    const { tables } = mappingCandidates(
      book({
        Budjetti: [
          ["Vuosi", "Tilikohta", "Haettu €", "Vahvistettu €"],
          [2014, "Palkat", 100, 90],
        ],
        Talousarvio: [
          ["Tilikohta", 2014, 2015],
          ["Palkat", 100, 90],
        ],
        Kunnat: [["Kuntaosuudet 2014"], ["Kunta", "Summa"], ["Nokia", 100]],
        Kumppanit: [
          ["Kumppani", "Y-tunnus", "Laskutustapa", "Alkaa", "Päättyy"],
          ["Verso", "1-2", "kuukausi", "1.1.2014", "31.12.2014"],
        ],
      }),
      { withUnknownColumns: true },
    );
    assert.deepEqual(tables, []);
  });
});
