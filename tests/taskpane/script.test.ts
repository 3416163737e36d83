import assert from "node:assert/strict";
import { createContext, runInContext } from "node:vm";
import { fakeOfficeInitScript, fakeOfficeScript } from "../support/fakeOffice/script";
import { bookWith, laskut } from "./support";

describe("the fake Office host as a browser script", () => {
  it("bundles into one script that installs Office, Excel and window.__KASTE_FAKE__ from window.__KASTE_FAKE_WORKBOOK__", async function () {
    this.timeout(30_000);
    const script = await fakeOfficeScript();
    assert.doesNotMatch(script, /require\(|from "node:/, "no Node APIs in the bundle");
    const page: Record<string, unknown> = {};
    page.window = page;
    const context = createContext(page);
    runInContext(fakeOfficeInitScript(bookWith({ Hanke: [["Hanke", "LasSe"]], Laskut: laskut(3) }), { displayLanguage: "sv-FI" }), context);
    runInContext(script, context);
    const result = await runInContext(
      `(async () => {
      const info = await Office.onReady();
      const names = await Excel.run(async (context) => {
        const sheets = context.workbook.worksheets.load("items/name");
        await context.sync();
        context.workbook.worksheets.getItem("Laskut").activate();
        context.workbook.worksheets.getItem("Laskut").getRange("B2").select();
        await context.sync();
        return sheets.items.map((s) => s.name);
      });
      return { host: info.host, language: Office.context.displayLanguage, names, selected: window.__KASTE_FAKE__.selected, syncs: window.__KASTE_FAKE__.syncCount,
        cells: window.__KASTE_FAKE__.snapshot().sheets[1].cells.length, registered: typeof CustomFunctions.associate };
    })()`,
      context,
    );
    assert.deepEqual(JSON.parse(JSON.stringify(result)), {
      host: "Excel",
      language: "sv-FI",
      names: ["Hanke", "Laskut"],
      selected: { sheet: "Laskut", cell: "B2" },
      syncs: 2,
      cells: 4,
      registered: "function",
    });
  });
});
