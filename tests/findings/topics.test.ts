import assert from "node:assert/strict";
import { CODES } from "../../src/findings/codes";
import type { Code } from "../../src/findings/codes";
import { adviceOf } from "../../src/findings/advice";
import { TOPIC_LABELS, TOPIC_OF, TOPICS } from "../../src/findings/topics";

describe("topics and what to do, per code", () => {
  const codes = Object.keys(CODES) as Code[];

  it("puts every code under one of the six topics, each named in fi/sv/en", () => {
    for (const code of codes) assert.ok(TOPICS.includes(TOPIC_OF[code]), code);
    assert.deepEqual(new Set(Object.values(TOPIC_OF)), new Set(TOPICS), "no topic left empty");
    for (const lang of ["fi", "sv", "en"] as const) assert.equal(new Set(Object.values(TOPIC_LABELS[lang])).size, TOPICS.length);
    assert.equal(TOPIC_LABELS.fi[TOPIC_OF.COFUND_STATE_OVER_RATE], "Rahoitusosuudet");
    assert.equal(TOPIC_LABELS.fi[TOPIC_OF.TABLE_NOT_FOUND], "Työkirjan rakenne");
  });

  it("has a short title and a 'what to do' line for every code in each language, not the code itself", () => {
    for (const code of codes) {
      for (const lang of ["fi", "sv", "en"] as const) {
        const { title, todo } = adviceOf(code, lang);
        assert.ok(title.trim().length > 0 && title.length <= 45, `${lang} ${code} title: ${title}`);
        assert.ok(todo.trim().length > 0, `${lang} ${code}`);
        assert.ok(!title.includes("_") && !todo.includes("_"), `${lang} ${code}`);
      }
      assert.notEqual(adviceOf(code, "fi").todo, adviceOf(code, "en").todo, code);
    }
  });
});
