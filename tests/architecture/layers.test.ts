/**
 * The folders are the layers. An import may point down to a lower layer or stay inside its own
 * folder; never up, never sideways to a sibling, and no file may reach itself through a cycle.
 */
import assert from "node:assert/strict";
import { LAYERS, importGraph, layerOf, cyclesOf } from "./graph";

const graph = importGraph();

describe("the layers", () => {
  it("puts every core and adapter file in a layer", () => {
    const homeless = [...graph.keys()].filter((file) => layerOf(file) === null);
    assert.deepEqual(homeless, []);
  });

  it("only imports downwards or within a folder", () => {
    const wrong: string[] = [];
    for (const [file, targets] of graph) {
      const from = layerOf(file);
      if (from === null) continue;
      for (const target of targets) {
        const to = layerOf(target);
        // The adapters may read the package's own manifest (the CLI's --version)
        if (target === "package.json" && from.name.match(/^(cli|taskpane|functions)$/)) continue;
        if (to === null) {
          wrong.push(`${file} → ${target} (outside the layers)`);
        } else if (to.name !== from.name && to.rank >= from.rank) {
          wrong.push(`${file} → ${target} (${from.name} may not import ${to.name})`);
        }
      }
    }
    assert.deepEqual(wrong, []);
  });

  it("has no import cycle", () => {
    assert.deepEqual(cyclesOf(graph), []);
  });

  it("keeps the core free of adapters: no node:, Office, DOM or exceljs imports in src/", () => {
    const external = [...importGraph({ external: true })]
      .filter(([file]) => file.startsWith("src/"))
      .flatMap(([file, targets]) =>
        [...targets].filter((t) => !/^(zod|zod\/mini|zod\/v4\/core|papaparse)$/.test(t)).map((t) => `${file} → ${t}`),
      );
    assert.deepEqual(external, []);
  });

  it("ranks adapters above the sync layer and money and periods at the bottom", () => {
    const rank = (name: string) => LAYERS.find((layer) => layer.name === name)?.rank;
    assert.ok((rank("cli") ?? 0) > (rank("src/sync/import") ?? Infinity));
    assert.equal(rank("src/money"), 0);
    assert.equal(rank("src/periods"), 0);
  });

  it("flags a made-up upward import and a made-up cycle (the checks can fail)", () => {
    const fake = new Map([
      ["src/money/a.ts", new Set(["src/ledger/model.ts"])],
      ["src/ledger/model.ts", new Set(["src/money/a.ts"])],
    ]);
    assert.equal(cyclesOf(fake).length, 1);
    const from = layerOf("src/money/a.ts");
    const to = layerOf("src/ledger/model.ts");
    assert.ok(from && to && to.rank > from.rank);
  });
});
