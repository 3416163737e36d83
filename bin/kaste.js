#!/usr/bin/env node
// The `kaste` command: runs the bundle scripts/build-cli.mjs writes (npm run build, or npm ci through prepare).
let cli;
try {
  cli = require("../lib/kaste.cjs");
} catch (error) {
  if (error.code !== "MODULE_NOT_FOUND" || !String(error.message).includes("kaste.cjs")) throw error;
  process.stderr.write("kaste: lib/kaste.cjs is missing; run `npm run build` (or `npm ci`) first\n");
  process.exit(3);
}
const { main, internalError, endQuietlyWhenReaderGoes } = cli;

// `kaste … | head`: the rest of the output is dropped quietly, the exit code is the command's own.
endQuietlyWhenReaderGoes();

// exitCode, not exit(): a piped stdout is flushed in full before the process ends.
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.exitCode = internalError(error);
  },
);
