import assert from "node:assert/strict";
import { STRINGS } from "../../taskpane/i18n";
import { HostError, toHostError } from "../../taskpane/office/errors";
import type { HostAction } from "../../taskpane/office/errors";
import { errorText, unreadableText } from "../../taskpane/ui/errors";
import { CellReferenceError } from "../../src/workbook/cellLimits";
import { ROW_CUT_OFF, WorkbookFileError } from "../../src/workbook/fileError";
import { ZipError } from "../../src/workbook/zip";

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

  it("give a file's reason in the pane's language, never the reader's English inside it", () => {
    const cut = new WorkbookFileError(ROW_CUT_OFF);
    assert.equal(unreadableText("k.xlsx", cut, "fi", STRINGS.fi), "Tiedostoa k.xlsx ei voi lukea: välilehden rivi on katkennut.");
    assert.equal(unreadableText("k.xlsx", cut, "sv", STRINGS.sv), "Filen k.xlsx kan inte läsas: en rad på bladet är avbruten.");
    assert.equal(unreadableText("k.xlsx", cut, "en", STRINGS.en), "The file k.xlsx cannot be read: a worksheet row is cut off.");
    const encrypted = new ZipError("damaged", { fi: "tiedosto on salattu", sv: "filen är krypterad", en: "the file is encrypted" });
    assert.equal(unreadableText("k.xlsx", encrypted, "sv", STRINGS.sv), "Filen k.xlsx kan inte läsas: filen är krypterad.");
    assert.match(
      unreadableText("k.xlsx", new CellReferenceError("ZZZZZZ3", "cell", "Laskut"), "fi", STRINGS.fi),
      /soluviittaus ZZZZZZ3 taulukossa Laskut/,
    );
    assert.equal(errorText(cut, "fi", STRINGS.fi), "Tiedostoa ei voi lukea: välilehden rivi on katkennut. Mitään ei kirjoitettu.");
    assert.equal(errorText(encrypted, "en", STRINGS.en), "The file cannot be read: the file is encrypted. Nothing was written.");
  });

  it("give a file's error that has no reason of its own a general one in the pane's language", () => {
    const inflater = new Error("longer than its directory says");
    assert.equal(
      unreadableText("k.xlsx", inflater, "fi", STRINGS.fi),
      "Tiedostoa k.xlsx ei voi lukea: se on vioittunut tai muodossa, jota ei tunnisteta.",
    );
    assert.equal(
      unreadableText("k.csv", new DOMException("The requested file could not be read", "NotReadableError"), "sv", STRINGS.sv),
      "Filen k.csv kan inte läsas: den är skadad eller i ett format som inte känns igen.",
    );
  });

  it("give any other failure as an unexpected error", () => {
    assert.equal(errorText(new Error("Boom."), "sv", STRINGS.sv), "Oväntat fel: Boom. Inget skrevs.");
  });
});
