import assert from "node:assert/strict";
import fc from "fast-check";
import { buildLedger } from "../../src/ledger/build";
import { isBlankText, nameKey, normalizeHeader, trimmed } from "../../src/workbook/normalize";
import { decodeWindows1252, repairMojibake } from "../../src/workbook/windows1252";
import { book } from "../support/book";

describe("header normalisation", () => {
  it("folds case, accents, punctuation and the euro sign", () => {
    assert.equal(normalizeHeader("  Päivämäärä: "), "paivamaara");
    assert.equal(normalizeHeader("Summa (€)"), "summa");
    assert.equal(normalizeHeader("Belopp, EUR"), "belopp");
  });

  it("keeps the percent sign apart from the amount it qualifies", () => {
    assert.equal(normalizeHeader("Valtionavustus-%"), "valtionavustus pct");
    assert.notEqual(normalizeHeader("Valtionavustus-%"), normalizeHeader("Valtionavustus"));
  });

  it("makes VAT-exclusive and VAT-inclusive markers one token each", () => {
    assert.equal(normalizeHeader("Summa (ALV 0 %)"), "summa alv0");
    assert.equal(normalizeHeader("Summa, veroton"), "summa alv0");
    assert.equal(normalizeHeader("Summa sis. ALV"), "summa sisalv");
    assert.equal(normalizeHeader("Belopp inkl. moms"), "belopp sisalv");
    assert.equal(normalizeHeader("Amount incl. VAT"), "amount sisalv");
  });

  it("matches partner names whatever their case and spacing", () => {
    assert.equal(nameKey("SONet  BOTNIA"), nameKey("Sonet Botnia"));
    assert.equal(nameKey("Pikassos Oy "), "pikassos");
    assert.equal(nameKey("SONet BOTNIA ry"), nameKey("SONet BOTNIA"));
    assert.equal(nameKey("Oy"), "oy", "a legal form alone is a name");
    assert.equal(nameKey("Oy Pikassos Ab"), "oy pikassos", "only a trailing legal form is dropped");
  });

  it("leaves a business ID out of a partner's name, before or after it", () => {
    assert.equal(nameKey("Pikassos Oy (2345678-9)"), "pikassos");
    assert.equal(nameKey("Pikassos Oy, Y-tunnus 2345678-9"), "pikassos");
    assert.equal(nameKey("2345678-9 Pikassos Oy"), "pikassos");
    assert.equal(nameKey("SONet BOTNIA ry 0123456-7"), nameKey("SONet BOTNIA"));
    assert.equal(nameKey("2345678-9"), "2345678 9", "a business ID alone is a name");
    assert.equal(nameKey("Palkat 2014"), "palkat 2014", "a year is no business ID");
  });
});

describe("trimming cell text without a call per cell", () => {
  // the white space String.prototype.trim removes, beside printable ASCII and letters
  const pieces = ["a", "Ä", "1", " ", "\t", "\n", "\r", "\u00a0", "\u2007", "\u3000", "\ufeff", "\u2028", "€", "~", "\u007f", "\u001f", ""];
  const texts = fc.array(fc.constantFrom(...pieces), { maxLength: 6 }).map((parts) => parts.join(""));

  it("trimmed gives what trim gives, for any mix of white space and text", () => {
    fc.assert(
      fc.property(fc.oneof(texts, fc.string(), fc.string({ unit: "grapheme" })), (text) => {
        assert.equal(trimmed(text), text.trim());
      }),
      { numRuns: 3000 },
    );
    assert.equal(trimmed("\u00a0Pikassos Oy "), "Pikassos Oy");
    assert.equal(trimmed("Palkat"), "Palkat");
  });

  it('isBlankText says what trim() === "" says', () => {
    fc.assert(
      fc.property(fc.oneof(texts, fc.string(), fc.string({ unit: "grapheme" })), (text) => {
        assert.equal(isBlankText(text), text.trim() === "");
      }),
      { numRuns: 3000 },
    );
    assert.equal(isBlankText("\u00a0\u3000 "), true);
    assert.equal(isBlankText(" x"), false);
  });
});

describe("UTF-8 text once decoded as Windows-1252 (Excel opening a UTF-8 CSV file)", () => {
  /** What Excel shows when it opens UTF-8 bytes as Windows-1252. */
  const mojibake = (text: string) => decodeWindows1252(new TextEncoder().encode(text));

  it("is read as it was written, in headers, names and words", () => {
    assert.equal(mojibake("Päivämäärä"), "PÃ¤ivÃ¤mÃ¤Ã¤rÃ¤");
    for (const text of ["Päivämäärä", "Hyväksyjä", "ALV palautuu", "Summa € (ALV 0)", "Ajalta – päättyen", "ÅÄÖ"])
      assert.equal(repairMojibake(mojibake(text)), text, text);
    assert.equal(normalizeHeader(mojibake("Hyväksyttävä")), "hyvaksyttava");
    assert.equal(nameKey(mojibake("Mäkinen")), nameKey("Mäkinen"));
    assert.equal(nameKey(mojibake("Närpes Kommun Ab")), nameKey("Närpes kommun"));
  });

  it("leaves real text alone, whatever letters it has", () => {
    for (const text of ["Päivämäärä", "Ãbo", "Åbo Akademi", "Ã", "São Paulo", "1 234,50 €", "Ã¤ and ✓"])
      assert.equal(repairMojibake(text), text, text);
    // Upper-case names whose letter and the no-break space or dash after it happen to be UTF-8 bytes
    for (const text of ["KUNTAYHTYMÄ\u00a0LAPPI", "YHTEISÖ\u00a0RY", "ETELÄ–POHJANMAA", "SUMMA YHTEENSÄ\u00a0ALV 0"])
      assert.equal(repairMojibake(text), text, text);
    assert.equal(nameKey("KUNTAYHTYMÄ\u00a0LAPPI"), "kuntayhtyma lappi");
    assert.equal(nameKey("KUNTAYHTYMÄ LAPPI"), "kuntayhtyma lappi");
    assert.equal(nameKey("YHTEISÖ\u00a0RY"), nameKey("Yhteisö ry"));
    assert.equal(nameKey("ETELÄ–POHJANMAA"), nameKey("Etelä-Pohjanmaa"));
    assert.equal(normalizeHeader("SUMMA YHTEENSÄ\u00a0ALV 0"), normalizeHeader("Summa yhteensä ALV 0"));
  });
});

describe("a ledger whose headers and words came through Excel from a UTF-8 CSV file", () => {
  it("is read as the canonical one, with no finding", () => {
    const mojibake = (text: string) => decodeWindows1252(new TextEncoder().encode(text));
    const rows = [
      [
        "Päivämäärä",
        "Laskuttaja",
        "Laskun numero",
        "Ajalta alkaen",
        "Ajalta päättyen",
        "Laji",
        "Tilikohta",
        "Summa (ALV 0)",
        "Hyväksyttävä",
        "Asiatarkastaja",
        "Hyväksyjä",
      ],
      [
        "5.9.2013",
        "Pikassos",
        "P-1",
        "1.6.2013",
        "31.7.2013",
        "käynnistys",
        "Muut palvelujen ostot",
        "3 500,00",
        "kyllä",
        "Mäkinen",
        "Lähteenmäki",
      ],
    ];
    const canonical = buildLedger(book({ Laskut: rows }));
    const garbled = buildLedger(book({ Laskut: rows.map((row) => row.map(mojibake)) }));
    assert.deepEqual(garbled.findings, []);
    assert.deepEqual(garbled.findings, canonical.findings);
    const line = garbled.ledger.invoices[0];
    assert.deepEqual([line.date, line.kind, line.eligible, line.net], [15953, "startup", true, 350_000]);
    assert.equal(line.approver, mojibake("Lähteenmäki"));
  });
});
