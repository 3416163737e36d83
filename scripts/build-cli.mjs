// Bundles the command-line tool (cli/main.ts and everything it imports from src/) into lib/kaste.cjs with esbuild,
// so `kaste` starts as plain JavaScript: no TypeScript compiler at run time. Packages stay external: they are
// dependencies installed beside it (no exceljs: workbooks are written by src/workbook/xlsxWrite/). zod alone,
// which every check loads, is bundled on its own into lib/zod.cjs, only the part the CLI uses (scripts/zod-cli.mjs):
// one small file starts in a fraction of the time its hundreds of files take, and `kaste --version` (which never
// loads it) does not compile it.
//   node scripts/build-cli.mjs            (run by `npm run build` and by npm's `prepare`, so `npm ci` builds it)
import { build } from "esbuild";
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));

/**
 * `import … from "zod"` in the bundles becomes a require of lib/zod.cjs beside them, and `"zod/mini"` one of
 * lib/zod-mini.cjs, which hands out zod.cjs's `zMini`: one copy of zod's core for both APIs.
 */
const zodBeside = {
  name: "zod-beside",
  setup(build) {
    build.onResolve({ filter: /^zod$/ }, () => ({ path: "./zod.cjs", external: true }));
    build.onResolve({ filter: /^zod\/mini$/ }, () => ({ path: "./zod-mini.cjs", external: true }));
  },
};

await build({
  absWorkingDir: root,
  entryPoints: ["scripts/zod-cli.mjs"],
  outfile: "lib/zod.cjs",
  bundle: true,
  // without its comments and spaces (names kept): a quarter less to compile at every start
  minifyWhitespace: true,
  minifySyntax: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  logLevel: "warning",
});
writeFileSync(
  `${root}lib/zod-mini.cjs`,
  '"use strict";\n// zod\'s mini API for the CLI: the part of it lib/zod.cjs bundles (scripts/zod-cli.mjs)\nmodule.exports = { z: require("./zod.cjs").zMini };\n',
);

// kaste.cjs, and the worker `kaste programme` starts per core beside it as programmeWorker.cjs.
await build({
  absWorkingDir: root,
  entryPoints: { kaste: "cli/main.ts", programmeWorker: "cli/programmeWorker.ts" },
  outdir: "lib",
  outExtension: { ".js": ".cjs" },
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  packages: "external",
  plugins: [zodBeside],
  sourcemap: "linked",
  logLevel: "warning",
});
