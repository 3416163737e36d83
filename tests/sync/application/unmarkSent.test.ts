/** Undoing mark-sent (src/sync/application/unmarkSent.ts): one application's frozen rows go, the others stay typed. */
import assert from "node:assert/strict";
import { buildLedger } from "../../../src/ledger/build";
import { CLAIMS_SHEET } from "../../../src/ledger/claims";
import { dayFromYmd } from "../../../src/periods";
import { applyMarkSent, markSent } from "../../../src/sync/application/markSent";
import { unmarkSent } from "../../../src/sync/application/unmarkSent";
import { replaceSheet } from "../../../src/workbook/cells";
import type { WorkbookData } from "../../../src/workbook/types";
import { ledgerBook, ledgerRow } from "../support";

const H1 = { start: dayFromYmd(2014, 1, 1), end: dayFromYmd(2014, 6, 30) };
const H2 = { start: dayFromYmd(2014, 7, 1), end: dayFromYmd(2014, 12, 31) };
const AS_OF = dayFromYmd(2015, 2, 28);

function twiceSent(): WorkbookData {
  let book = ledgerBook(
    [
      ledgerRow("5.2.2014", "Pikassos", "PIK-006", "1.1.2014", "31.1.2014", "kiinteä", "Palkat", 7200),
      ledgerRow("5.8.2014", "Pikassos", "PIK-012", "1.7.2014", "31.7.2014", "kiinteä", "Vuokrat", 450),
      ledgerRow("5.9.2014", "Verso", "VER-013", "1.8.2014", "31.8.2014", "kiinteä", "Palkat", 3800),
    ],
    { Maksatukset: [["Nro", "Ajalta alkaen", "Ajalta päättyen", "Haettu", "Maksettu", "Lähetetty"]] },
  );
  for (const period of [H1, H2]) book = applyMarkSent(book, markSent(book, period, { asOf: AS_OF, override: true }));
  return book;
}

describe("undoing mark-sent", () => {
  it("takes the period's hakemus row and its rivi rows off the claims sheet; the other application is read as before", () => {
    const book = twiceSent();
    const before = buildLedger(book).ledger.claims ?? [];
    assert.equal(before.length, 2);
    const plan = unmarkSent(book, H1);
    assert.equal(plan.claim?.number, before[0]?.number);
    assert.equal(plan.removed, 1 + (before[0]?.rows.length ?? 0));
    assert.ok(plan.sheet);
    assert.equal(plan.sheet.hidden, true);
    const after = replaceSheet(book, plan.sheet);
    const claims = buildLedger(after).ledger.claims ?? [];
    assert.deepEqual(
      claims.map((c) => ({ ...c, row: 0, rows: c.rows.map((r) => ({ ...r, row: 0 })) })),
      before.slice(1).map((c) => ({ ...c, row: 0, rows: c.rows.map((r) => ({ ...r, row: 0 })) })),
    );
    // dates stay dates and amounts money, for the writer's formats
    const hakemus = plan.sheet.rows.find((row) => row[1] === "hakemus");
    assert.deepEqual(hakemus?.[2], { date: H2.start });
    assert.ok(typeof hakemus?.[5] === "object" && hakemus[5] !== null && "money" in hakemus[5]);
    assert.equal(plan.sheet.name, CLAIMS_SHEET);
  });

  it("finds nothing to undo for a period not marked exactly", () => {
    const book = twiceSent();
    assert.equal(unmarkSent(book, { start: H1.start, end: H2.end }).claim, null);
    assert.equal(unmarkSent(ledgerBook([]), H1).sheet, null);
  });
});
