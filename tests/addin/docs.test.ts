import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { BUILD_TIMEOUT_MS, builtAddin, ROOT } from "../support/build";

function doc(name: string): { name: string; text: string } {
  return { name, text: readFileSync(join(ROOT, name), "utf8") };
}
const functionsDoc = () => doc("docs/functions.md");

describe("the custom functions' documentation", () => {
  it("has a section and a worked example for every function", async function () {
    this.timeout(BUILD_TIMEOUT_MS);
    const metadata = readFileSync(join(await builtAddin(), "functions.json"), "utf8");
    const ids = (JSON.parse(metadata) as { functions: { id: string }[] }).functions.map((fn) => fn.id);
    assert.ok(ids.length >= 12);
    const { name, text } = functionsDoc();
    for (const id of ids) {
      assert.match(text, new RegExp(`^#{2,4} .*KASTE\\.${id}\\(`, "m"), `${name} has a section for KASTE.${id}`);
      assert.match(text, new RegExp(`\`=KASTE\\.${id}\\(`), `${name} has an example of =KASTE.${id}(…)`);
    }
  });

  it("tells how to sideload on the web, Windows and Mac, and what npm start does on Linux", () => {
    const { text } = doc("docs/sideload.md");
    for (const heading of ["Excel on the web", "Excel on Windows", "Excel on Mac", "`npm start`"])
      assert.match(text, new RegExp(`^##.*${heading}`, "m"), heading);
    assert.match(text, /Upload My Add-in/);
    assert.match(doc("docs/deploy.md").text, /npm run build -- --env url=https:\/\//);
  });

  it("npm start prints the upload steps with the manifest's path on Linux", async () => {
    const { linuxSteps } = (await import(pathToFileURL(join(ROOT, "scripts", "start.mjs")).href)) as {
      linuxSteps: (path: string) => string;
    };
    const steps = linuxSteps("/home/me/kaste/manifest.xml");
    assert.match(steps, /https:\/\/localhost:3000\//);
    assert.match(steps, /Upload My Add-in/);
    assert.match(steps, /\/home\/me\/kaste\/manifest\.xml/);
  });
});
