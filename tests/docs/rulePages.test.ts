import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { CODES } from "../../src/findings/codes";
import type { Code } from "../../src/findings/codes";
import { renderFinding } from "../../src/findings/render";
import { parseAddress } from "../../src/workbook/address";
import { headingsOf, relativeLinksOf } from "../../scripts/rule-pages/markdown";
import { NOTES } from "../../scripts/rule-pages/notes";
import { LANGS, exampleFinding, rulesOf } from "../../scripts/rule-pages/page";
import { RULES_DIR, expectedPages, stalePages } from "../../scripts/rule-pages/run";

const ROOT = resolve(__dirname, "..", "..");
const CODE_LIST = Object.keys(CODES) as Code[];
const REGENERATE = "run: npx tsx scripts/rule-pages/run.ts --write";

describe("docs/rules: one page per finding code", () => {
  it("has a page for every code and the index, each as the registry, messages, advice and notes give it", () => {
    const expected = expectedPages();
    assert.deepEqual(
      CODE_LIST.filter((code) => !expected.has(`${code}.md`)),
      [],
    );
    assert.deepEqual(stalePages(expected), [], REGENERATE);
  });

  it("the index links every code's page once, under its topic", () => {
    const index = readFileSync(join(RULES_DIR, "README.md"), "utf8");
    for (const code of CODE_LIST) assert.equal(index.split(`](${code}.md)`).length - 1, 1, code);
  });

  it("docs/codes.md links every code to its page", () => {
    const table = readFileSync(join(ROOT, "docs", "codes.md"), "utf8");
    assert.deepEqual(
      CODE_LIST.filter((code) => !table.includes(`[\`${code}\`](rules/${code}.md)`)),
      [],
      "run: npx tsx scripts/codes-table.ts --write",
    );
  });

  it("every relative link of the pages resolves, anchors included", () => {
    const broken: string[] = [];
    for (const name of readdirSync(RULES_DIR)) {
      for (const link of relativeLinksOf(readFileSync(join(RULES_DIR, name), "utf8"))) {
        const [path, anchor] = link.split("#");
        const target = path === "" ? join(RULES_DIR, name) : resolve(RULES_DIR, decodeURI(path));
        if (!existsSync(target)) broken.push(`${name}: ${link}`);
        else if (anchor !== undefined && !headingsOf(readFileSync(target, "utf8")).has(anchor))
          broken.push(`${name}: ${link} (no such heading)`);
      }
    }
    assert.deepEqual(broken, []);
  });

  it("each page cites a section of docs/domain.md that exists", () => {
    const domain = headingsOf(readFileSync(join(ROOT, "docs", "domain.md"), "utf8"));
    const missing = CODE_LIST.flatMap((code) => NOTES[code].domain.filter((anchor) => !domain.has(anchor)).map((a) => `${code}: #${a}`));
    assert.deepEqual(missing, []);
    for (const code of CODE_LIST) assert.ok(NOTES[code].domain.length > 0, code);
  });

  it("says who reports a code that no rule of src/rules reports", () => {
    const unexplained = CODE_LIST.filter((code) => rulesOf(code).length === 0 && !NOTES[code].from);
    assert.deepEqual(unexplained, []);
    // and a rule's code does not claim to come from elsewhere
    assert.deepEqual(
      CODE_LIST.filter((code) => rulesOf(code).length > 0 && NOTES[code].from),
      [],
    );
  });

  it("each example points at a real cell and renders in every language with nothing left unformatted", () => {
    for (const code of CODE_LIST) {
      const finding = exampleFinding(code, NOTES[code].example);
      if (finding.cell) {
        assert.ok(parseAddress(finding.cell), `${code}: ${finding.cell}`);
        assert.ok(finding.sheet, `${code}: a cell without a sheet`);
      }
      for (const lang of LANGS) {
        const { message, expected } = renderFinding(finding, lang);
        assert.doesNotMatch(`${message} ${expected ?? ""}`, /undefined|NaN|\[object Object\]|\$\{/, `${code} ${lang}: ${message}`);
      }
    }
  });

  it("writes money in the Finnish examples the Finnish way (no-break space thousands, decimal comma, U+2212 minus)", () => {
    const finnishMoney = /^−?\d{1,3}(\u00a0\d{3})*,\d{2}\u00a0€$/;
    let amounts = 0;
    for (const code of CODE_LIST) {
      const fi = renderFinding(exampleFinding(code, NOTES[code].example), "fi").message;
      for (const [amount] of fi.matchAll(/[−-]?\d[\d\u00a0 .,]*[,.]\d{2}\u00a0?€/g)) {
        amounts++;
        assert.match(amount.trim(), finnishMoney, `${code}: ${amount}`);
      }
      assert.doesNotMatch(fi, /€\d|\d\.\d{2}(?![.\d])/, code);
    }
    assert.ok(amounts > 40, `only ${amounts} amounts in the Finnish examples`);
  });
});
