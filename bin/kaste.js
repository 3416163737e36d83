#!/usr/bin/env node
// The `kaste` command: runs the TypeScript CLI through tsx, so there is no build step to forget.
require("tsx/cjs");
const { main, internalError } = require("../cli/main.ts");

// exitCode, not exit(): a piped stdout is flushed in full before the process ends.
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.exitCode = internalError(error);
  },
);
