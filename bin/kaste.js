#!/usr/bin/env node
// The `kaste` command: runs the TypeScript CLI through tsx, so there is no build step to forget.
const { tsImport } = require("tsx/esm/api");

tsImport("../src/cli/main.ts", __filename)
  .then((cli) => cli.main(process.argv.slice(2)))
  .then((code) => process.exit(code));
