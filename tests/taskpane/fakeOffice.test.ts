/** The fake Office host behaves as Office.js does where the adapter depends on it. */
import assert from "node:assert/strict";
import { FakeOffice, FakeOfficeError } from "../support/fakeOffice";
import type { FakeContext } from "../support/fakeOffice/fakeOffice";
import { bookWith } from "./support";

const office = () => new FakeOffice(bookWith({ Laskut: [[], [null, "a", 1], [null, true, { error: "#REF!" }, null]], Tyhjä: [] }));
const run = <T>(fake: FakeOffice, batch: (context: FakeContext) => Promise<T>) => fake.run(batch);

describe("the fake Office host", () => {
  it("makes loaded properties readable only after sync, as Office does", async () => {
    const fake = office();
    await run(fake, async (context) => {
      const range = context.workbook.worksheets.getItem("Laskut").getRange("B2:C2").load("values");
      assert.throws(
        () => range.values,
        (error: unknown) => error instanceof FakeOfficeError && error.code === "PropertyNotLoaded",
      );
      await context.sync();
      assert.deepEqual(range.values, [["a", 1]]);
    });
  });

  it('gives values sized to the range, empty cells as "", errors as their text; the used range trims empty edges', async () => {
    const fake = office();
    await run(fake, async (context) => {
      const sheet = context.workbook.worksheets.getItem("Laskut");
      const used = sheet.getUsedRangeOrNullObject(true).load("address,rowIndex,columnIndex,rowCount,columnCount,values");
      const empty = context.workbook.worksheets.getItem("Tyhjä").getUsedRangeOrNullObject(true).load("address");
      const wide = sheet.getRange("A1:D3").load("values");
      await context.sync();
      assert.equal(used.address, "Laskut!B2:C3");
      assert.deepEqual([used.rowIndex, used.columnIndex, used.rowCount, used.columnCount], [1, 1, 2, 2]);
      assert.deepEqual(used.values, [
        ["a", 1],
        [true, "#REF!"],
      ]);
      assert.equal(empty.isNullObject, true);
      assert.deepEqual(wide.values, [
        ["", "", "", ""],
        ["", "a", 1, ""],
        ["", true, "#REF!", ""],
      ]);
    });
  });

  it("queues writes until sync, takes text like typing, and refuses arrays of the wrong size", async () => {
    const fake = office();
    await run(fake, async (context) => {
      const range = context.workbook.worksheets.getItem("Laskut").getRange("A5:D5");
      range.values = [["'=1+1", "=SUM(A1)", "12.5", "-x"]];
      assert.equal(fake.sheet("Laskut")!.cells[4], undefined, "nothing before the sync");
      await context.sync();
    });
    const sheet = fake.sheet("Laskut")!;
    assert.deepEqual(sheet.cells[4], ["=1+1", null, 12.5, null]);
    assert.deepEqual(
      [...sheet.formulas.entries()],
      [
        ["4,1", "=SUM(A1)"],
        ["4,3", "=-x"],
      ],
    );
    await assert.rejects(
      run(fake, async (context) => {
        context.workbook.worksheets.getItem("Laskut").getRange("A1:B1").values = [[1]];
        await context.sync();
      }),
      (error: unknown) => error instanceof FakeOfficeError && error.code === "InvalidArgument",
    );
  });

  it("runs a batch's commands in order and stops at a failing one, like Office (no transaction)", async () => {
    const fake = office();
    await assert.rejects(
      run(fake, async (context) => {
        context.workbook.worksheets.getItem("Laskut").getRange("A1").values = [["first"]];
        context.workbook.worksheets.getItem("Puuttuu").getRange("A1").values = [["second"]];
        await context.sync();
      }),
      (error: unknown) => error instanceof FakeOfficeError && error.code === "ItemNotFound",
    );
    assert.equal(fake.sheet("Laskut")!.cells[0][0], "first");
    assert.equal(fake.syncCount, 1);
  });

  it("enforces a response cap when one is set (Excel on the web: 5 MB)", async () => {
    const fake = new FakeOffice(bookWith({ A: Array.from({ length: 1000 }, (_, i) => [`rivi ${i}`, i]) }), {
      limits: { responseBytes: 1000 },
    });
    await assert.rejects(
      run(fake, async (context) => {
        context.workbook.worksheets.getItem("A").getRange("A1:B1000").load("values");
        await context.sync();
      }),
      (error: unknown) => error instanceof FakeOfficeError && error.code === "ResponsePayloadSizeLimitExceeded",
    );
  });
});
