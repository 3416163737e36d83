import assert from "node:assert/strict";
import { buildLedger } from "../../src/ledger/build";
import { DEFAULT_SETTINGS } from "../../src/ledger/settings";
import { templateSheets } from "../../src/ledger/template";
import { dayFromYmd } from "../../src/periods";
import { addSheet, writeBlocks } from "../../src/workbook/cells";
import type { WorkbookData } from "../../src/workbook/types";
import { parseSettingTexts, SETTING_KEYS, settingTexts } from "../../taskpane/ui/settingsForm";
import type { SettingTexts } from "../../taskpane/ui/settingsForm";
import { settingsWrite } from "../../taskpane/ui/settingsWrite";
import { book } from "../support/book";

function edited(changes: Partial<SettingTexts>): SettingTexts {
  return { ...settingTexts(DEFAULT_SETTINGS, "fi"), ...changes };
}

/** Saves the form into the workbook as the pane does, and reads the settings back as the checks will. */
function saved(workbook: WorkbookData, texts: SettingTexts, changed = SETTING_KEYS) {
  const parsed = parseSettingTexts(texts);
  assert.ok(parsed.ok);
  const plan = settingsWrite(workbook, buildLedger(workbook).ledger, parsed.cells, changed);
  const after = plan.kind === "sheet" ? addSheet(workbook, plan.sheet) : writeBlocks(workbook, plan.blocks);
  return { plan, settings: buildLedger(after).ledger.settings, after };
}

describe("the settings form", () => {
  it("shows the defaults in Finnish notation and reads them back unchanged", () => {
    const texts = settingTexts(DEFAULT_SETTINGS, "fi");
    assert.equal(texts.asOf, "");
    assert.equal(texts.repaymentThresholdCents, "100,00");
    assert.equal(texts.underusePace, "0,7");
    const parsed = parseSettingTexts(texts);
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.cells.repaymentThresholdCents, { money: 10_000 });
    assert.equal(parsed.cells.asOf, null);
    assert.equal(parsed.cells.underusePace, 0.7);
  });

  it("names every setting whose text is not valid, and writes nothing then", () => {
    const parsed = parseSettingTexts(
      edited({ asOf: "31.2.2014", monthGraceDays: "-3", reconciliationFirstMonth: "13", toleranceCents: "1,234", underusePace: "nopea" }),
    );
    assert.deepEqual(parsed, {
      ok: false,
      invalid: ["asOf", "toleranceCents", "monthGraceDays", "reconciliationFirstMonth", "underusePace"],
    });
  });

  it("writes over the values of the template's Asetukset sheet, leaving its notes, and the checks read them back", () => {
    const template = book(Object.fromEntries(templateSheets().map((s) => [s.name, s.rows])));
    const { plan, settings, after } = saved(
      template,
      edited({ asOf: "31.12.2014", monthGraceDays: "45", underusePace: "0,5", toleranceCents: "1,50" }),
    );
    assert.equal(plan.kind, "blocks");
    assert.ok(plan.kind === "blocks" && plan.blocks.every((b) => b.sheet === "Asetukset" && b.col === 1));
    assert.deepEqual(settings, {
      ...DEFAULT_SETTINGS,
      asOf: dayFromYmd(2014, 12, 31),
      monthGraceDays: 45,
      underusePace: 0.5,
      toleranceCents: 150,
    });
    const asetukset = after.sheets.find((s) => s.name === "Asetukset")!;
    assert.match(String(asetukset.cells[0][2]), /Päivä, jolta tarkistetaan/, "the note beside the as-of date stays");
  });

  it("finds the settings wherever they stand, with the value a few cells right or after a colon", () => {
    const workbook = book({
      Perustiedot: [
        [null, null],
        [null, "Muut tiedot"],
        [null, "Toleranssi: 5", null],
        [null, "Palautusraja", null, 50],
      ],
    });
    const { plan, settings } = saved(workbook, edited({ toleranceCents: "2", repaymentThresholdCents: "75" }));
    assert.ok(plan.kind === "blocks" && plan.sheet === "Perustiedot");
    assert.equal(settings.toleranceCents, 200);
    assert.equal(settings.repaymentThresholdCents, 7_500);
  });

  it("reads the pace threshold as the checks read it back: 0,7 or 70 %, and 1,5 as 1,5 %", () => {
    const workbook = book({ Asetukset: [["Toleranssi", 0]] });
    for (const [text, pace] of [
      ["0,7", 0.7],
      ["70 %", 0.7],
      ["1,5", 0.015],
    ] as const) {
      const parsed = parseSettingTexts(edited({ underusePace: text }));
      assert.ok(parsed.ok);
      assert.equal(parsed.cells.underusePace, pace, text);
      assert.equal(saved(workbook, edited({ underusePace: text }), ["underusePace"]).settings.underusePace, pace, text);
    }
    assert.deepEqual(parseSettingTexts(edited({ underusePace: "150 %" })), { ok: false, invalid: ["underusePace"] });
  });

  it("writes only the settings the user changed, leaving the others as the workbook has them", () => {
    const workbook = book({
      Asetukset: [
        ["Toleranssi", 5],
        ["Palautusraja", 50],
      ],
    });
    const { plan, settings } = saved(workbook, edited({ monthGraceDays: "40" }), ["monthGraceDays"]);
    assert.ok(plan.kind === "blocks");
    assert.deepEqual(
      plan.blocks.map((b) => b.rows),
      [[["Kuukausilaskun viive (pv)", 40]]],
    );
    assert.equal(settings.toleranceCents, 500);
    assert.equal(settings.repaymentThresholdCents, 5_000);
    assert.equal(settings.monthGraceDays, 40);
  });

  it("adds a key the sheet lacks in the column of its keys, also when only that key changed", () => {
    const workbook = book({ Perustiedot: [["Hanke LasSe"], [null, "Toleranssi", 5]] });
    const { plan, settings } = saved(workbook, edited({ monthGraceDays: "40" }), ["monthGraceDays"]);
    assert.ok(plan.kind === "blocks");
    assert.deepEqual(
      plan.blocks.map((b) => [b.row, b.col, b.rows]),
      [[2, 1, [["Kuukausilaskun viive (pv)", 40]]]],
    );
    assert.equal(settings.monthGraceDays, 40);
    assert.equal(settings.toleranceCents, 500);
  });

  it("adds the keys a settings sheet lacks under its last row, and an Asetukset sheet to a workbook without one", () => {
    const partial = book({ Asetukset: [["Toleranssi", 0]] });
    const first = saved(partial, edited({ finalReportMonths: "3" }));
    assert.equal(first.settings.finalReportMonths, 3);
    const none = book({ Laskut: [["Laskuttaja", "Summa (ALV 0)"]] });
    const second = saved(none, edited({ changeRequestDays: "60" }));
    assert.ok(second.plan.kind === "sheet" && second.plan.sheet.name === "Asetukset");
    assert.equal(second.plan.sheet.rows.length, SETTING_KEYS.length);
    assert.equal(second.settings.changeRequestDays, 60);
  });
});
