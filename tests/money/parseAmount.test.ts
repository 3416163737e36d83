import assert from "node:assert/strict";
import { parseAmount } from "../../src/money";

const cents = (text: string): number => {
  const result = parseAmount(text);
  assert.ok(result.ok, `expected ${JSON.stringify(text)} to parse, got ${JSON.stringify(result)}`);
  return result.cents;
};
const reason = (text: string): string => {
  const result = parseAmount(text);
  assert.ok(!result.ok, `expected ${JSON.stringify(text)} to fail, got ${JSON.stringify(result)}`);
  return result.reason;
};

describe("parseAmount", () => {
  describe("Finnish and Swedish notation", () => {
    it("reads groups separated by a plain space, U+00A0, U+202F or U+2009", () => {
      for (const space of [" ", "\u00a0", "\u202f", "\u2009"]) {
        assert.equal(cents(`1${space}828${space}204,50`), 182820450);
      }
    });

    it("reads a decimal comma with one decimal", () => {
      assert.equal(cents("1828204,5"), 182820450);
    });

    it("reads an integer with space groups", () => {
      assert.equal(cents("1 234"), 123400);
    });

    it("reads negatives with U+2212, an en dash or a hyphen", () => {
      assert.equal(cents("\u22121 234,00"), -123400);
      assert.equal(cents("\u20131 234,00"), -123400);
      assert.equal(cents("-1 234,00"), -123400);
      assert.equal(cents("- 1 234,00"), -123400);
    });

    it("reads accounting parentheses as a negative amount", () => {
      assert.equal(cents("(1 234,00)"), -123400);
      assert.equal(cents("(1 234,00 €)"), -123400);
    });

    it("reads a trailing minus from accounting exports", () => {
      assert.equal(cents("1.234,00-"), -123400);
    });

    it("reads a plus sign", () => {
      assert.equal(cents("+1 234,00"), 123400);
    });
  });

  describe("English notation", () => {
    it("reads a decimal point", () => {
      assert.equal(cents("1828204.5"), 182820450);
    });

    it("reads comma groups with a decimal point", () => {
      assert.equal(cents("1,234,567.89"), 123456789);
    });

    it("reads point groups with a decimal comma", () => {
      assert.equal(cents("1.234.567,89"), 123456789);
    });

    it("reads several groups of one separator as an integer", () => {
      assert.equal(cents("1,234,567"), 123456700);
      assert.equal(cents("1.234.567"), 123456700);
    });
  });

  describe("euro markers", () => {
    it("accepts €, EUR, e, eur and euroa after the amount, with or without a space", () => {
      for (const marker of ["€", " €", "\u00a0€", " EUR", "EUR", " e", "e", " eur", " euroa", " Euroa"]) {
        assert.equal(cents(`1 234,50${marker}`), 123450, marker);
      }
    });

    it("accepts € and EUR before the amount", () => {
      assert.equal(cents("€1,234.50"), 123450);
      assert.equal(cents("€ 1 234,50"), 123450);
      assert.equal(cents("EUR 1 234,50"), 123450);
      assert.equal(cents("-€1,234.50"), -123450);
    });

    it("does not take other currencies", () => {
      assert.equal(reason("1 234 kr"), "invalid");
      assert.equal(reason("$1,234.50"), "invalid");
    });
  });

  describe("ambiguous and sub-cent amounts", () => {
    it("calls a single separator followed by three digits ambiguous", () => {
      assert.equal(reason("1,234"), "ambiguous");
      assert.equal(reason("1.234"), "ambiguous");
      assert.equal(reason("-123,456 €"), "ambiguous");
      assert.equal(reason("12,500"), "ambiguous");
    });

    it("reads 0,123 as three decimals, since 0 cannot lead a thousands group", () => {
      assert.equal(reason("0,123"), "subcent");
      assert.equal(reason("0.123"), "subcent");
    });

    it("reads four integer digits before one separator as decimals", () => {
      assert.equal(reason("1234,567"), "subcent");
      assert.equal(cents("1234,500"), 123450);
    });

    it("calls more than two non-zero decimals sub-cent", () => {
      assert.equal(reason("1 234,005"), "subcent");
      assert.equal(reason("1,234,567.891"), "subcent");
    });

    it("accepts extra decimals that are zeros", () => {
      assert.equal(cents("12,5000"), 1250);
      assert.equal(cents("1 234,5000"), 123450);
    });
  });

  describe("text that is not an amount", () => {
    it("calls empty and whitespace-only text empty", () => {
      assert.equal(reason(""), "empty");
      assert.equal(reason("  \u00a0 "), "empty");
    });

    it("refuses badly grouped digits", () => {
      assert.equal(reason("1 23 456"), "invalid");
      assert.equal(reason("1234 567"), "invalid");
      assert.equal(reason("1,23,456.00"), "invalid");
      assert.equal(reason("1  234"), "invalid");
    });

    it("refuses letters, percent signs and two decimal separators", () => {
      assert.equal(reason("abc"), "invalid");
      assert.equal(reason("12 %"), "invalid");
      assert.equal(reason("1,234.56.7"), "invalid");
      assert.equal(reason("1e5"), "invalid");
    });

    it("refuses a sign, a marker or a separator alone", () => {
      assert.equal(reason("-"), "invalid");
      assert.equal(reason("€"), "invalid");
      assert.equal(reason(","), "invalid");
      assert.equal(reason("12,"), "invalid");
    });

    it("refuses a double negative", () => {
      assert.equal(reason("(-1 234)"), "invalid");
      assert.equal(reason("--12"), "invalid");
    });

    it("refuses amounts too large for whole cents", () => {
      assert.equal(reason("99 999 999 999 999,99"), "invalid");
    });
  });

  it("never returns negative zero", () => {
    assert.ok(Object.is(cents("-0,00"), 0));
  });
});

describe("whole euros written with ,-", () => {
  it("reads 1 234,- and 100,- € as whole euros, and keeps a minus", () => {
    assert.equal(cents("1 234,-"), 123_400);
    assert.equal(cents("100,- €"), 10_000);
    assert.equal(cents("-100,-"), -10_000);
    assert.equal(parseAmount(",-").ok, false);
  });
});
