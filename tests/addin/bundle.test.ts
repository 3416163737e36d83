import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { runInNewContext } from "node:vm";
import { gzipSync } from "node:zlib";
import { BUILD_TIMEOUT_MS, builtAddin, ROOT } from "../support/build";

const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

interface Metadata {
  functions: {
    id: string;
    name: string;
    description: string;
    parameters: { name: string; description?: string; optional?: boolean; type?: string; dimensionality?: string }[];
    result: { type?: string; dimensionality?: string };
    options?: { volatile?: boolean };
  }[];
}

/** Runs a built bundle in a fresh context with a fake host; returns what it registered. */
function registeredBy(bundle: string): Map<string, (...args: unknown[]) => unknown> {
  const registered = new Map<string, (...args: unknown[]) => unknown>();
  const warnings: unknown[] = [];
  const context = {
    CustomFunctions: {
      associate: (id: string, fn: (...args: unknown[]) => unknown) => {
        assert.ok(!registered.has(id), `${id} is associated once`);
        registered.set(id, fn);
      },
      Error: class {
        constructor(
          readonly code: string,
          readonly message: string,
        ) {}
      },
      ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!", invalidNumber: "#NUM!" },
    },
    console: { ...console, warn: (...args: unknown[]) => warnings.push(args) },
  };
  runInNewContext(bundle, context, { filename: "functions.js" });
  assert.deepEqual(warnings, []);
  return registered;
}

/** Every .ts file under a folder, at any depth. */
function sourcesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".ts"))
    .map((file) => join(folder, file));
}

/** The src of each <script> of a page, in document order. */
function scriptsOf(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"'\s>]+)/g)].map((match) => match[1]);
}

describe("the built add-in bundles", () => {
  let outDir = "";
  let metadata: Metadata;
  before(async function () {
    this.timeout(BUILD_TIMEOUT_MS);
    outDir = await builtAddin();
    metadata = JSON.parse(readFileSync(join(outDir, "functions.json"), "utf8")) as Metadata;
  });

  it("registers exactly the ids of functions.json from functions.js", () => {
    const registered = registeredBy(readFileSync(join(outDir, "functions.js"), "utf8"));
    const ids = metadata.functions.map((fn) => fn.id).sort();
    assert.deepEqual([...registered.keys()].sort(), ids);
    assert.deepEqual(ids, [
      "ALLOCATE",
      "AMOUNT",
      "CHECKSPLIT",
      "ELAPSED",
      "FINALREPORTDUE",
      "PACE",
      "PERIOD",
      "PERIODEND",
      "PERIODS",
      "PERIODSTART",
      "SHARE",
      "USE",
    ]);
    assert.equal(registered.get("SHARE")?.(1828204), 1371153);
  });

  it("describes every function and parameter in English with the Finnish meaning", () => {
    for (const fn of metadata.functions) {
      assert.equal(fn.name, fn.id);
      assert.match(fn.description, /^[A-Z].*\([^)]*[a-zäö]{3,}[^)]*\)/, `${fn.id}: ${fn.description}`);
      assert.ok(fn.description.length <= 255, `${fn.id}'s description fits Excel's 255 characters`);
      for (const parameter of fn.parameters) {
        assert.match(parameter.name, /^[a-z][a-z_]*$/, `${fn.id}(${parameter.name})`);
        assert.match(parameter.description ?? "", /^\S.{10,}/, `${fn.id}(${parameter.name}) has help`);
        assert.ok((parameter.description ?? "").length <= 255);
      }
      const optional = fn.parameters.map((parameter) => parameter.optional === true);
      assert.deepEqual(optional, [...optional].sort(), `${fn.id}: optional parameters come last`);
    }
  });

  it("declares ranges where a function takes or returns one", () => {
    const byId = new Map(metadata.functions.map((fn) => [fn.id, fn]));
    assert.equal(byId.get("ALLOCATE")?.parameters[1].dimensionality, "matrix");
    assert.equal(byId.get("ALLOCATE")?.result.dimensionality, "matrix");
    assert.equal(byId.get("PERIODS")?.result.dimensionality, "matrix");
    assert.equal(byId.get("SHARE")?.result.type, "number");
    assert.equal(byId.get("CHECKSPLIT")?.result.type, "string");
    assert.deepEqual(
      metadata.functions
        .filter((fn) => fn.options?.volatile)
        .map((fn) => fn.id)
        .sort(),
      ["ELAPSED", "PACE"],
      "only the functions that look at today are volatile",
    );
  });

  it("loads office.js from Microsoft's CDN before the functions bundle, and the task pane last", () => {
    assert.deepEqual(scriptsOf(readFileSync(join(outDir, "functions.html"), "utf8")), [OFFICE_JS, "functions.js"]);
    assert.deepEqual(scriptsOf(readFileSync(join(outDir, "taskpane.html"), "utf8")), [OFFICE_JS, "functions.js", "taskpane.js"]);
  });

  it("keeps the task pane bundle free of the functions", () => {
    const taskpane = readFileSync(join(outDir, "taskpane.js"), "utf8");
    assert.doesNotMatch(taskpane, /CustomFunctions|"CHECKSPLIT"/);
    for (const file of sourcesUnder(join(ROOT, "taskpane"))) {
      assert.doesNotMatch(readFileSync(file, "utf8"), /from\s+["'][^"']*functions\//, `${file} does not import functions/`);
    }
  });

  it("stays small: functions.js under 48 KiB, taskpane.js (Fluent UI and the whole library) at most 200 KB gzipped", () => {
    assert.ok(statSync(join(outDir, "functions.js")).size < 48 * 1024);
    const gzipped = gzipSync(readFileSync(join(outDir, "taskpane.js")), { level: 9 }).length;
    // Issue 12's budget for the pane's JavaScript
    assert.ok(gzipped <= 200_000, `taskpane.js is ${(gzipped / 1000).toFixed(1)} KB gzipped`);
  });
});
