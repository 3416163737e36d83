import assert from "node:assert/strict";
import fc from "fast-check";
import { checkWorkbook } from "../../src/check/checkWorkbook";
import { brokenExample, workbookOfSheets } from "../../examples/broken";
import { makeFinding } from "../../src/findings/makeFinding";
import { formatParam, renderFinding } from "../../src/findings/render";
import type { Lang } from "../../src/findings/render";
import { formatMoney } from "../../src/money";
import { dateOf, dayFromYmd, ymdOf } from "../../src/periods";

// The formats each language's reader expects are the ones Intl writes for these locales.
const LOCALES: Readonly<Record<Lang, string>> = { fi: "fi-FI", sv: "sv-FI", en: "en-GB" };
const LANGS: readonly Lang[] = ["fi", "sv", "en"];

const DATE_FORMATS: Readonly<Record<Lang, Intl.DateTimeFormat>> = {
  fi: new Intl.DateTimeFormat(LOCALES.fi, { timeZone: "UTC" }),
  sv: new Intl.DateTimeFormat(LOCALES.sv, { timeZone: "UTC" }),
  en: new Intl.DateTimeFormat(LOCALES.en, { timeZone: "UTC", day: "numeric", month: "short", year: "numeric" }),
};

function intlDate(day: number, lang: Lang): string {
  const { year, month, day: dayOfMonth } = ymdOf(day);
  return DATE_FORMATS[lang].format(new Date(Date.UTC(year, month - 1, dayOfMonth)));
}

const intlMoney = (cents: number, lang: Lang) =>
  new Intl.NumberFormat(LOCALES[lang], { style: "currency", currency: "EUR" }).format(cents / 100);

describe("dates and numbers in each language's own format", () => {
  for (const lang of LANGS) {
    it(`writes every day of 2004–2016 as Intl's ${LOCALES[lang]} does`, () => {
      for (let day = dayFromYmd(2004, 1, 1); day <= dayFromYmd(2016, 12, 31); day++) assert.equal(dateOf(day, lang), intlDate(day, lang));
    });

    it(`writes money as Intl's ${LOCALES[lang]} euros do`, () => {
      fc.assert(fc.property(fc.integer({ min: -1e12, max: 1e12 }), (cents) => formatMoney(cents, lang) === intlMoney(cents, lang)));
    });
  }

  it("Swedish writes 1 June 2013 the Finland way, English with the month's name, never ISO", () => {
    const day = { day: dayFromYmd(2013, 6, 1) };
    assert.equal(formatParam(day, "fi"), "1.6.2013");
    assert.equal(formatParam(day, "sv"), "1.6.2013");
    assert.equal(formatParam(day, "en"), "1 Jun 2013");
    assert.equal(formatParam({ day: dayFromYmd(2015, 9, 30) }, "en"), "30 Sept 2015");
  });

  it("a decimal number takes the language's decimal mark and minus; whole numbers (years, rows) stay ungrouped", () => {
    assert.equal(formatParam(0.42, "fi"), "0,42");
    assert.equal(formatParam(0.42, "sv"), "0,42");
    assert.equal(formatParam(0.42, "en"), "0.42");
    assert.equal(formatParam(-1.5, "sv"), "\u22121,5");
    assert.equal(formatParam(2013, "sv"), "2013");
    assert.equal(formatParam(12345, "fi"), "12345");
  });

  it("the pace threshold in a lagging budget's message is a number in the language's format", () => {
    const { findings } = checkWorkbook(workbookOfSheets(brokenExample().sheets));
    const underuse = findings.filter((f) => f.code === "BUDGET_UNDERUSE");
    assert.ok(underuse.length > 0);
    for (const f of underuse) {
      assert.match(renderFinding(f, "sv").message, /takten \d+,\d+ av tiden är under gränsen 0,7\b/);
      assert.match(renderFinding(f, "en").message, /a pace of \d+\.\d+ of time is under the threshold 0\.7\b/);
    }
  });

  it("a missing month's message gives its days in each language's format", () => {
    const finding = makeFinding(
      "INVOICE_MONTH_MISSING",
      { sheet: "Laskut", cell: "A1" },
      {
        partner: "Verso",
        start: { day: dayFromYmd(2014, 6, 1) },
        end: { day: dayFromYmd(2014, 6, 30) },
        due: { day: dayFromYmd(2014, 7, 31) },
      },
    );
    assert.match(renderFinding(finding, "fi").message, /1\.6\.2014–30\.6\.2014 .*31\.7\.2014/);
    assert.match(renderFinding(finding, "sv").message, /1\.6\.2014–30\.6\.2014 .*31\.7\.2014/);
    assert.match(renderFinding(finding, "en").message, /1 Jun 2014–30 Jun 2014 .*31 Jul 2014/);
  });

  it("no message of the broken example writes a day as ISO in any language", () => {
    const { findings } = checkWorkbook(workbookOfSheets(brokenExample().sheets));
    const withDays = findings.filter((f) => Object.values(f.params).some((p) => typeof p === "object" && "day" in p));
    assert.ok(withDays.length >= 3, `findings with days: ${withDays.length}`);
    for (const f of withDays) {
      for (const lang of LANGS) {
        const { message } = renderFinding(f, lang);
        assert.doesNotMatch(message, /\b\d{4}-\d{2}-\d{2}\b/, `${f.code} ${lang}: ${message}`);
      }
    }
  });
});
