import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { BUILD_TIMEOUT_MS, BUILD_URL, builtAddin, ROOT } from "../support/build";
import { childrenNamed, descendants, only, parseXml } from "../support/xml";
import type { XmlElement } from "../support/xml";

const DEV_URL = "https://localhost:3000/";

interface Manifest {
  root: XmlElement;
  /** Resource id → DefaultValue (bt:Url, bt:Image, bt:String). */
  resources: Map<string, string>;
  /** The URL a resid points at; fails for an unknown resid. */
  url(resid: string): string;
  /** The Workbook host of VersionOverrides. */
  workbook: XmlElement;
}

function readManifest(path: string): Manifest {
  const root = parseXml(readFileSync(path, "utf8"));
  const overrides = only(root, "VersionOverrides");
  const resources = new Map<string, string>();
  for (const element of descendants(only(overrides, "Resources"))) {
    if (element.attrs.id !== undefined) {
      assert.ok(!resources.has(element.attrs.id), `resource ${element.attrs.id} is defined once`);
      resources.set(element.attrs.id, element.attrs.DefaultValue);
    }
  }
  const workbook = childrenNamed(only(overrides, "Hosts"), "Host").find((host) => host.attrs["xsi:type"] === "Workbook");
  assert.ok(workbook, "VersionOverrides has a Workbook host");
  return {
    root,
    resources,
    workbook,
    url(resid) {
      const value = resources.get(resid);
      assert.ok(value !== undefined, `resid ${resid} is defined in Resources`);
      return value;
    },
  };
}

/** What every manifest of the add-in must say, for the dev URL or the URL given to the build. */
function checkManifest(manifest: Manifest, baseUrl: string): void {
  const { root, workbook } = manifest;
  assert.equal(root.name, "OfficeApp");
  assert.equal(root.attrs["xsi:type"], "TaskPaneApp");
  assert.match(only(root, "Id").text, /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  assert.deepEqual(
    childrenNamed(only(root, "Hosts"), "Host").map((host) => host.attrs.Name),
    ["Workbook"],
  );
  assert.equal(only(root, "Permissions").text, "ReadWriteDocument");

  const sets = childrenNamed(only(root, "Requirements", "Sets"), "Set");
  assert.deepEqual(
    sets.map((set) => [set.attrs.Name, set.attrs.MinVersion]),
    [["SharedRuntime", "1.1"]],
  );

  // One shared runtime: the task pane page, kept alive so the functions run with the pane closed.
  const runtime = only(workbook, "Runtimes", "Runtime");
  assert.equal(runtime.attrs.lifetime, "long");
  const runtimeUrl = manifest.url(runtime.attrs.resid);
  assert.equal(runtimeUrl, `${baseUrl}taskpane.html`);

  const functions = childrenNamed(only(workbook, "AllFormFactors"), "ExtensionPoint").find(
    (point) => point.attrs["xsi:type"] === "CustomFunctions",
  );
  assert.ok(functions, "an ExtensionPoint of type CustomFunctions");
  assert.equal(manifest.url(only(functions, "Script", "SourceLocation").attrs.resid), `${baseUrl}functions.js`);
  assert.equal(only(functions, "Page", "SourceLocation").attrs.resid, runtime.attrs.resid, "the functions page is the runtime page");
  assert.equal(manifest.url(only(functions, "Metadata", "SourceLocation").attrs.resid), `${baseUrl}functions.json`);
  assert.equal(manifest.url(only(functions, "Namespace").attrs.resid), "KASTE");

  const desktop = only(workbook, "DesktopFormFactor");
  assert.equal(only(desktop, "FunctionFile").attrs.resid, runtime.attrs.resid, "ribbon commands run in the same runtime");
  const showTaskpane = descendants(desktop).filter((element) => element.name === "Action" && element.attrs["xsi:type"] === "ShowTaskpane");
  assert.equal(showTaskpane.length, 1);
  assert.equal(only(showTaskpane[0], "SourceLocation").attrs.resid, runtime.attrs.resid, "the task pane button opens the runtime page");
  assert.equal(only(root, "DefaultSettings", "SourceLocation").attrs.DefaultValue, runtimeUrl);

  // Every resid used is defined, and every URL is under the base URL.
  for (const element of descendants(only(root, "VersionOverrides"))) {
    if (element.attrs.resid !== undefined) manifest.url(element.attrs.resid);
  }
  const urls = [
    ...[...manifest.resources.values()].filter((value) => /^\w+:\/\//.test(value)),
    ...descendants(root)
      .map((element) => element.attrs.DefaultValue)
      .filter((value) => value !== undefined && /^\w+:\/\//.test(value)),
  ];
  assert.ok(urls.length >= 8);
  for (const url of urls) assert.ok(url.startsWith(baseUrl), `${url} is under ${baseUrl}`);
  for (const [size, resid] of [
    [16, "Icon.16x16"],
    [32, "Icon.32x32"],
    [80, "Icon.80x80"],
  ] as const) {
    assert.equal(manifest.url(resid), `${baseUrl}assets/icon-${size}.png`);
  }
  assert.equal(only(root, "IconUrl").attrs.DefaultValue, `${baseUrl}assets/icon-32.png`);
  assert.equal(only(root, "HighResolutionIconUrl").attrs.DefaultValue, `${baseUrl}assets/icon-64.png`);
}

/** Every URL of the manifest, as a path relative to the base URL. */
function filesOf(manifest: Manifest, baseUrl: string): string[] {
  const values = [...manifest.resources.values(), ...descendants(manifest.root).map((element) => element.attrs.DefaultValue ?? "")];
  return [...new Set(values.filter((value) => value.startsWith(baseUrl)).map((value) => value.slice(baseUrl.length)))].sort();
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(path: string): [number, number] {
  const png = readFileSync(path);
  assert.equal(png.subarray(0, 8).toString("hex"), "89504e470d0a1a0a", `${path} is a PNG`);
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

async function manifestInfo(path: string): Promise<string> {
  const bin = join(ROOT, "node_modules", ".bin", process.platform === "win32" ? "office-addin-manifest.cmd" : "office-addin-manifest");
  const { stdout } = await promisify(execFile)(bin, ["info", path], { cwd: ROOT, timeout: 60_000, shell: process.platform === "win32" });
  return stdout;
}

describe("the add-in manifest", () => {
  describe("manifest.xml (development)", () => {
    const manifest = readManifest(join(ROOT, "manifest.xml"));

    it("declares namespace KASTE, SharedRuntime 1.1, ReadWriteDocument and consistent localhost:3000 URLs", () => {
      checkManifest(manifest, DEV_URL);
    });

    it("points at the files the build writes, and the icons exist at their sizes", () => {
      assert.deepEqual(filesOf(manifest, DEV_URL), [
        "assets/icon-16.png",
        "assets/icon-32.png",
        "assets/icon-64.png",
        "assets/icon-80.png",
        "functions.js",
        "functions.json",
        "taskpane.html",
      ]);
      for (const size of [16, 32, 64, 80]) assert.deepEqual(pngSize(join(ROOT, "assets", `icon-${size}.png`)), [size, size]);
    });

    it("is parsed by office-addin-manifest info", async function () {
      this.timeout(60_000);
      const info = await manifestInfo(join(ROOT, "manifest.xml"));
      assert.match(info, new RegExp(`Id: ${only(manifest.root, "Id").text}`));
      assert.match(info, /Permissions: ReadWriteDocument/);
      assert.match(info, /Hosts: Workbook/);
    });
  });

  describe("dist/manifest.xml of `npm run build -- --env url=…`", () => {
    let outDir = "";
    before(async function () {
      this.timeout(BUILD_TIMEOUT_MS);
      outDir = await builtAddin();
    });

    it("carries the URL given at build time everywhere and localhost nowhere", () => {
      const text = readFileSync(join(outDir, "manifest.xml"), "utf8");
      assert.doesNotMatch(text, /localhost/);
      checkManifest(readManifest(join(outDir, "manifest.xml")), BUILD_URL);
    });

    it("is the development manifest with only the base URL changed", () => {
      const dev = readManifest(join(ROOT, "manifest.xml"));
      const built = readManifest(join(outDir, "manifest.xml"));
      assert.equal(only(built.root, "Id").text, only(dev.root, "Id").text);
      assert.deepEqual([...built.resources.keys()], [...dev.resources.keys()]);
      for (const [id, value] of dev.resources) assert.equal(built.resources.get(id), value.split(DEV_URL).join(BUILD_URL), id);
    });

    it("points only at files that are in the build", () => {
      for (const file of filesOf(readManifest(join(outDir, "manifest.xml")), BUILD_URL)) {
        assert.ok(existsSync(join(outDir, file)), `${file} is in the build`);
      }
    });

    it("is parsed by office-addin-manifest info", async function () {
      this.timeout(60_000);
      assert.match(await manifestInfo(join(outDir, "manifest.xml")), /Source Location: https:\/\/example\.org\/kaste\/taskpane\.html/);
    });
  });

  describe("the build's --env url", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- webpack.config.js is CommonJS, as webpack-cli loads it
    const config = require(join(ROOT, "webpack.config.js")) as ((
      env: Record<string, unknown>,
      argv: Record<string, unknown>,
    ) => { output: { path: string } }) & {
      manifestFor(xml: string, baseUrl: string, version: string): string;
      manifestVersionOf(version: string): string;
    };
    const devXml = readFileSync(join(ROOT, "manifest.xml"), "utf8");

    /** Runs `body` with ADDIN_URL set (or unset for undefined), restoring it after. */
    function withAddinUrl(value: string | undefined, body: () => void): void {
      const before = process.env.ADDIN_URL;
      if (value === undefined) delete process.env.ADDIN_URL;
      else process.env.ADDIN_URL = value;
      try {
        body();
      } finally {
        if (before === undefined) delete process.env.ADDIN_URL;
        else process.env.ADDIN_URL = before;
      }
    }

    it("refuses a URL that is not https, since Office loads add-ins over https only", () => {
      assert.throws(() => config({ url: "http://example.org/kaste/" }, { mode: "production" }), /https only/);
      assert.throws(() => config({ url: "not a url" }, { mode: "production" }), /is not a URL/);
      assert.throws(() => config({ url: "https://example.org/kaste/?v=1" }, { mode: "production" }), /without \? or #/);
    });

    it("takes the URL from ADDIN_URL when --env url is not given, checked the same way; --env url wins", () => {
      withAddinUrl("http://example.org/kaste/", () => {
        assert.throws(
          () => config({}, { mode: "production" }),
          /^Error: ADDIN_URL=http:\/\/example\.org\/kaste\/: Office loads add-ins over https only$/,
        );
        assert.doesNotThrow(() => config({ url: "https://example.org/kaste/" }, { mode: "production" }));
      });
      withAddinUrl("https://intra.example.fi/kaste", () => assert.doesNotThrow(() => config({}, { mode: "production" })));
      withAddinUrl("", () => assert.doesNotThrow(() => config({}, { mode: "production" })));
    });

    it("gives the manifest the package's version in four parts, which must grow for Office to offer an update", () => {
      const { version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
      assert.equal(
        only(readManifest(join(ROOT, "manifest.xml")).root, "Version").text,
        config.manifestVersionOf(version),
        "manifest.xml follows package.json",
      );
      assert.equal(config.manifestVersionOf("1.2.3"), "1.2.3.0");
      assert.equal(config.manifestVersionOf("7"), "7.0.0.0");
      assert.equal(config.manifestVersionOf("1.2.3.4"), "1.2.3.4");
      for (const bad of ["1.2.3-beta", "1.2.3.4.5", "70000.0.0", "", "v1"])
        assert.throws(() => config.manifestVersionOf(bad), /one to four numbers/, bad);
      const built = config.manifestFor(devXml, "https://example.org/kaste/", "2.5.0.1");
      assert.match(built, /<Version>2\.5\.0\.1<\/Version>/);
      assert.doesNotMatch(built, /localhost/);
      const dev = config.manifestFor(devXml, "https://localhost:3000/", "2.5.0.1");
      assert.equal(
        dev,
        devXml.replace(/<Version>[^<]*<\/Version>/, "<Version>2.5.0.1</Version>"),
        "the dev manifest keeps its URLs and comments",
      );
    });

    it("accepts a URL without a trailing slash and builds into dist/ unless told otherwise", () => {
      assert.doesNotThrow(() => config({ url: "https://example.org/kaste" }, { mode: "production" }));
      assert.equal(config({}, { mode: "development" }).output.path, join(ROOT, "dist"));
    });
  });
});
