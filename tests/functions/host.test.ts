import { CODES_WITH_MESSAGE, FakeExcelError } from "../support/customFunctions";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import * as host from "../../functions/host";
import { ROOT } from "../support/build";

/** Every error Excel may hand a custom function as an argument, and then some. */
const INPUT_ERRORS = ["#VALUE!", "#N/A", "#DIV/0!", "#NUM!", "#REF!", "#NAME?", "#NULL!", "#SPILL!", "#CALC!", "#GETTING_DATA", "#BUSY!"];

const MESSAGE = "amount: syy / the reason";

/**
 * What an export of functions/host.ts raises for each way of calling it: a raiser of its own
 * error with a message (or with nothing, if it takes nothing), `passedOn` with every error
 * Excel may pass in. Each entry is the error passed in (if any) and the error raised.
 */
function raisedBy(raiser: (...args: string[]) => never): [string | undefined, FakeExcelError][] {
  const calls: [string | undefined, string[]][] =
    raiser.length === 2 ? INPUT_ERRORS.map((code) => [code, [code, MESSAGE]]) : [[undefined, raiser.length === 0 ? [] : [MESSAGE]]];
  return calls.map(([passedIn, args]) => {
    try {
      raiser(...args);
    } catch (error) {
      assert.ok(error instanceof FakeExcelError, `${raiser.name}(${args.join(", ")}) throws Excel's error`);
      return [passedIn, error];
    }
    return assert.fail(`${raiser.name}(${args.join(", ")}) raises an Excel error`);
  });
}

describe("the errors the custom functions raise (functions/host)", () => {
  const raisers = Object.entries(host).filter((entry): entry is [string, (...args: string[]) => never] => typeof entry[1] === "function");

  it("are raised by the host wrapper alone: no other file under functions/ builds a CustomFunctions.Error", () => {
    const folder = join(ROOT, "functions");
    const others = readdirSync(folder).filter((file) => file.endsWith(".ts") && file !== "host.ts");
    assert.ok(others.includes("args.ts") && others.includes("functions.ts"));
    for (const file of others) {
      const text = readFileSync(join(folder, file), "utf8");
      assert.doesNotMatch(text, /CustomFunctions\.Error\b|ErrorCode\b/, `${file} raises its errors through host.ts`);
    }
  });

  it("never give #NUM! or #DIV/0! a message, which Excel cannot show, and always give #VALUE! and #N/A one", () => {
    assert.deepEqual(raisers.map(([name]) => name).sort(), ["divisionByZero", "invalidValue", "notAvailable", "passedOn"]);
    const seen = new Set<string>();
    for (const [name, raiser] of raisers)
      for (const [passedIn, error] of raisedBy(raiser)) {
        const label = `${name}(${passedIn ?? ""}) is ${error.code}`;
        seen.add(error.code);
        if (CODES_WITH_MESSAGE.includes(error.code)) assert.equal(error.message, MESSAGE, `${label} with the message`);
        else assert.equal(error.message, undefined, `${label} without a message`);
      }
    assert.deepEqual([...seen].sort(), ["#DIV/0!", "#N/A", "#NUM!", "#VALUE!"]);
  });

  it("give #NUM! only for a #NUM! passed in: no argument problem of their own is #NUM!", () => {
    for (const [name, raiser] of raisers)
      for (const [passedIn, error] of raisedBy(raiser))
        if (error.code === "#NUM!") assert.equal(passedIn, "#NUM!", `${name}(${passedIn ?? MESSAGE}) is #NUM!`);
  });
});
