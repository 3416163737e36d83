// Bundles the command-line tool (cli/main.ts and everything it imports from src/) into lib/kaste.cjs with esbuild,
// so `kaste` starts as plain JavaScript: no TypeScript compiler at run time. Packages stay external: they are
// dependencies installed beside it, and exceljs is only loaded by the commands that write workbooks.
//   node scripts/build-cli.mjs            (run by `npm run build` and by npm's `prepare`, so `npm ci` builds it)
import { build } from "esbuild";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));

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
  sourcemap: "linked",
  logLevel: "warning",
});
