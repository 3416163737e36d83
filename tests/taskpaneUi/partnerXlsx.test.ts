import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { brokenSheets } from "../../examples/broken";
import { readXlsx } from "../../cli/readXlsx";
import { readPartnerXlsx } from "../../taskpane/ui/partnerXlsx";
import { xlsxFile } from "../support/xlsx";

describe("a partner's .xlsx read in the pane", () => {
  it("reads every sheet as the CLI's reader does (shared strings, numbers, dates, errors, blanks)", async function () {
    this.timeout(20_000);
    const bytes = await readFile(await xlsxFile(brokenSheets()));
    assert.deepEqual(await readPartnerXlsx(new Uint8Array(bytes)), await readXlsx(bytes));
  });

  it("says what is wrong with a file that is no .xlsx", async () => {
    await assert.rejects(readPartnerXlsx(new TextEncoder().encode("Laskuttaja;Summa\nVerso;100")), /not a zip file/);
    const bytes = new Uint8Array(await readFile(await xlsxFile(brokenSheets())));
    await assert.rejects(readPartnerXlsx(bytes.subarray(0, bytes.length - 40)), /not a zip file|damaged/);
  });
});
