import assert from "node:assert/strict";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brokenExample } from "../../examples/broken";
import { runCli } from "../support/cli";
import { xlsxFile } from "../support/xlsx";

describe("kaste check's text: file and as-of day first, the pane's verdict last (issue 13)", () => {
  let broken: string;
  before(async () => {
    broken = await xlsxFile(brokenExample().sheets, "broken.xlsx");
  });

  it("starts with the file, the as-of day and its source, and ends naming the first three causes to fix", async () => {
    const { code, out } = await runCli("check", broken);
    assert.equal(code, 1);
    const lines = out.trimEnd().split("\n");
    assert.match(lines[0], /broken\.xlsx: tarkastuspäivä \d{1,2}\.\d{1,2}\.\d{4} \(Asetukset\)$/);
    const last = lines[lines.length - 1];
    const errors = Number(/^Virheet: (\d+)/m.exec(out)?.[1]);
    assert.ok(errors > 0);
    assert.match(
      last,
      new RegExp(
        `^EI VALMIS: ${errors} virhettä estää maksatushakemuksen; korjaa ensin [^,]+ \\(\\d+\\), [^,]+ \\(\\d+\\), [^,]+ \\(\\d+\\)$`,
      ),
    );
  });

  it("takes the day from --as-of and says so, in English too", async () => {
    const { out } = await runCli("check", broken, "--as-of", "2014-06-30", "--lang", "en");
    assert.match(out.split("\n")[0], /broken\.xlsx: as of 30 Jun 2014 \(--as-of\)$/);
    assert.match(out.trimEnd().split("\n").pop() ?? "", /^NOT READY: \d+ errors block the payment application; fix first /);
  });

  it("counts an empty template's tables as not checked instead of saying there are no errors", async () => {
    const file = join(await mkdtemp(join(tmpdir(), "kaste-verdict-")), "empty.xlsx");
    assert.equal((await runCli("template", file)).code, 0);
    const { code, out } = await runCli("check", file);
    assert.equal(code, 0);
    assert.match(out, /^Ei tarkistettu: taulukko Kumppanit on tyhjä$/m);
    assert.equal(out.trimEnd().split("\n").pop(), "EI VIRHEITÄ, MUTTA KAIKKEA EI VOITU TARKISTAA");
    assert.doesNotMatch(out, /VALMIS LÄHETETTÄVÄKSI/);
  });
});
