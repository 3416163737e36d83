/**
 * The CLI bundles only the part of zod it uses (scripts/zod-cli.mjs into lib/zod.cjs, built before the tests):
 * every `z.member` the code of the CLI calls must be there, or a command would fail at run time.
 */
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { z as zod } from "zod";

const require = createRequire(__filename);

/** Every .ts file under `dir`. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

describe("the zod the CLI bundles", () => {
  it("has every member of z that src/ and cli/ use", () => {
    const used = new Set<string>();
    for (const file of [...sources("src"), ...sources("cli")]) {
      const text = readFileSync(file, "utf8");
      if (!text.includes('from "zod"')) continue;
      // z.infer<…> is a type; the rest are called at run time
      for (const [, name] of text.matchAll(/\bz\.([A-Za-z_$][\w$]*)\b/g)) if (name !== "infer") used.add(name);
    }
    assert.ok(used.has("object") && used.has("string"), [...used].join(", "));
    const { z } = require(join(process.cwd(), "lib/zod.cjs")) as { z: Record<string, unknown> };
    const missing = [...used].filter((name) => z[name] === undefined);
    assert.deepEqual(missing, [], `scripts/zod-cli.mjs lacks z.${missing.join(", z.")}`);
  });

  it("builds and checks with the members it has, its English messages included", () => {
    const { z } = require(join(process.cwd(), "lib/zod.cjs")) as { z: typeof zod };
    const schema = z.object({ month: z.number().int().min(1).max(12), name: z.string().min(1) });
    assert.equal(schema.safeParse({ month: 3, name: "LasSe" }).success, true);
    const wrong = schema.safeParse({ month: 13, name: "" });
    assert.equal(wrong.success, false);
    assert.match(wrong.error?.issues[0].message ?? "", /Too big/);
    assert.equal(typeof z.toJSONSchema(schema), "object");
  });
});
