import assert from "node:assert/strict";
import { STRINGS } from "../../taskpane/i18n";
import { HostError, toHostError } from "../../taskpane/office/errors";
import type { HostAction } from "../../taskpane/office/errors";
import { errorText } from "../../taskpane/ui/errors";

/** Office's error codes errors.ts explains, and one it does not. */
const CODES = [
  "InvalidOperationInCellEditMode",
  "ItemNotFound",
  "ItemAlreadyExists",
  "AccessDenied",
  "InvalidArgument",
  "InvalidReference",
  "InvalidSelection",
  "InvalidOperation",
  "ResponsePayloadSizeLimitExceeded",
  "RequestPayloadSizeLimitExceeded",
  "RangeExceedsLimit",
  "Conflict",
  "ApiNotFound",
  "GeneralException",
  "SomethingNew",
];
const ACTIONS: HostAction[] = ["read", "select", "write", "writeSheet", "insertTables"];

describe("the pane's error texts", () => {
  it("tell what Excel refused in the pane's language: Finnish, Swedish or English", () => {
    const error = toHostError({ code: "AccessDenied", message: "The sheet is protected." }, "writeSheet");
    assert.equal(
      errorText(error, "fi", STRINGS.fi),
      "Välilehden kirjoittaminen ei onnistunut: välilehti tai työkirja on suojattu, tai työkirja on vain luku -tilassa. Mitään ei kirjoitettu.",
    );
    assert.equal(
      errorText(error, "sv", STRINGS.sv),
      "Det gick inte att skriva fliken: fliken eller arbetsboken är skyddad, eller arbetsboken är skrivskyddad. Inget skrevs.",
    );
    assert.equal(
      errorText(error, "en", STRINGS.en),
      "Could not write the sheet: the sheet or workbook is protected, or the workbook is read-only. Nothing was written.",
    );
    assert.equal(error.message, `${error.fi} / ${error.en}`);
  });

  it("have a Swedish text of their own for every action and reason", () => {
    for (const action of ACTIONS) {
      for (const code of CODES) {
        const error = toHostError({ code, message: "Boom" }, action);
        assert.ok(error instanceof HostError && error.code === code);
        assert.ok(error.sv.trim() !== "" && error.sv !== error.fi && error.sv !== error.en, `${action} ${code}: ${error.sv}`);
      }
      const unexpected = toHostError(new TypeError("x is undefined"), action);
      assert.match(unexpected.sv, /: x is undefined$/);
      assert.notEqual(unexpected.sv, unexpected.fi);
    }
  });

  it("give any other failure as an unexpected error", () => {
    assert.equal(errorText(new Error("Boom."), "sv", STRINGS.sv), "Oväntat fel: Boom. Inget skrevs.");
  });
});
