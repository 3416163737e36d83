import assert from "node:assert/strict";
import fc from "fast-check";
import { formatRate, parseRate } from "../../src/money";

describe("parseRate", () => {
  it("reads numbers up to 1 as fractions", () => {
    assert.equal(parseRate(0.75), 750_000);
    assert.equal(parseRate(0.755), 755_000);
    assert.equal(parseRate(1), 1_000_000);
    assert.equal(parseRate(0), 0);
  });

  it("reads a computed 100 % with float noise (=0,1*3/0,3 is 1.0000000000000002) as 100 %, not as 1 %", () => {
    assert.equal(parseRate((0.1 * 3) / 0.3), 1_000_000);
    assert.equal(parseRate(1.0000000000000002), 1_000_000);
    assert.equal(parseRate(0.9999999999999999), 1_000_000);
    assert.equal(parseRate(1.00001), 10_000);
    assert.equal(parseRate(0.7500000000000001), 750_000);
  });

  it("reads numbers above 1 as percents", () => {
    assert.equal(parseRate(75), 750_000);
    assert.equal(parseRate(75.5), 755_000);
    assert.equal(parseRate(100), 1_000_000);
  });

  it("reads typed percents with or without a space and with a decimal comma", () => {
    assert.equal(parseRate("75 %"), 750_000);
    assert.equal(parseRate("75\u00a0%"), 750_000);
    assert.equal(parseRate("75%"), 750_000);
    assert.equal(parseRate("75,5 %"), 755_000);
    assert.equal(parseRate("0,5 %"), 5_000);
  });

  it("reads typed numbers by the same rule as cell numbers", () => {
    assert.equal(parseRate("0,75"), 750_000);
    assert.equal(parseRate("75.0"), 750_000);
    assert.equal(parseRate(" 75 "), 750_000);
  });

  it("refuses rates above 100 % and negative rates", () => {
    assert.equal(parseRate(101), null);
    assert.equal(parseRate("100,01 %"), null);
    assert.equal(parseRate(-0.1), null);
    assert.equal(parseRate("-75 %"), null);
  });

  it("refuses text that is not a rate", () => {
    assert.equal(parseRate(""), null);
    assert.equal(parseRate("%"), null);
    assert.equal(parseRate("75 euroa"), null);
    assert.equal(parseRate("1 000"), null);
    assert.equal(parseRate(NaN), null);
  });
});

describe("formatRate", () => {
  it("writes Finnish and Swedish percents with a no-break space and a decimal comma", () => {
    assert.equal(formatRate(750_000, "fi"), "75\u00a0%");
    assert.equal(formatRate(755_000, "sv"), "75,5\u00a0%");
  });

  it("writes English percents without a space", () => {
    assert.equal(formatRate(750_000, "en"), "75%");
    assert.equal(formatRate(755_000, "en"), "75.5%");
  });

  it("writes only the decimals a rate needs, up to four", () => {
    assert.equal(formatRate(1_000_000, "en"), "100%");
    assert.equal(formatRate(333_333, "en"), "33.3333%");
    assert.equal(formatRate(5, "en"), "0.0005%");
  });

  it("reads back every rate with up to two percent decimals (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 101, max: 10_000 }),
        fc.constantFrom("fi" as const, "sv" as const, "en" as const),
        (hundredths, lang) => {
          // Above 1 %, so the typed text is unambiguously a percent even without its sign.
          const ppm = hundredths * 100;
          assert.equal(parseRate(formatRate(ppm, lang)), ppm);
        },
      ),
    );
  });
});
