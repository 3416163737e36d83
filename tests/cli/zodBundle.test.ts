/**
 * The CLI bundles only the part of zod it uses (scripts/zod-cli.mjs into lib/zod.cjs, built before the tests):
 * every `z.member` the code of the CLI calls must be there, or a command would fail at run time.
 */
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { z as zod } from "zod";
import type { z as zodMini } from "zod/mini";

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
  /** Every member of z the files importing `from` call (z.infer<…> is a type; the rest are called at run time). */
  const membersUsed = (from: string): Set<string> => {
    const used = new Set<string>();
    for (const file of [...sources("src"), ...sources("cli")]) {
      const text = readFileSync(file, "utf8");
      if (!text.includes(`from "${from}"`)) continue;
      for (const [, name] of text.matchAll(/\bz\.([A-Za-z_$][\w$]*)\b/g)) if (name !== "infer") used.add(name);
    }
    return used;
  };

  it("has every member of z that src/ and cli/ use", () => {
    const used = membersUsed("zod");
    assert.ok(used.has("object") && used.has("string"), [...used].join(", "));
    const { z } = require(join(process.cwd(), "lib/zod.cjs")) as { z: Record<string, unknown> };
    const missing = [...used].filter((name) => z[name] === undefined);
    assert.deepEqual(missing, [], `scripts/zod-cli.mjs lacks z.${missing.join(", z.")}`);
  });

  it("has every member of zod/mini's z that src/ uses, in lib/zod-mini.cjs, which loads nothing from node_modules", () => {
    const used = membersUsed("zod/mini");
    assert.ok(used.has("object") && used.has("nullable"), [...used].join(", "));
    const { z: mini } = require(join(process.cwd(), "lib/zod-mini.cjs")) as { z: Record<string, unknown> };
    const missing = [...used].filter((name) => mini[name] === undefined);
    assert.deepEqual(missing, [], `scripts/zod-cli.mjs lacks zMini.${missing.join(", zMini.")}`);
    // zod.cjs's own copy of the mini API: the hundreds of files of node_modules/zod are not loaded at every start
    const loaded = execFileSync(
      process.execPath,
      [
        "-e",
        'require("./lib/zod-mini.cjs"); console.log(JSON.stringify(Object.keys(require.cache).filter((p) => p.includes("node_modules"))))',
      ],
      { encoding: "utf8" },
    );
    assert.deepEqual(JSON.parse(loaded), []);
    // A description given to a mini schema is what the classic toJSONSchema writes (the ledger's schema is made so)
    const { z } = require(join(process.cwd(), "lib/zod.cjs")) as { z: typeof zod };
    const m = mini as unknown as typeof zodMini;
    const described = m.string().clone();
    m.globalRegistry.add(described, { description: "the sheet" });
    const schema = z.toJSONSchema(m.object({ sheet: described })) as { properties?: Record<string, { description?: string }> };
    assert.equal(schema.properties?.sheet?.description, "the sheet");
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
