#!/usr/bin/env node
// The `kaste` command: runs the TypeScript CLI through tsx, so there is no build step to forget.
require("tsx/cjs");
const { main } = require("../cli/main.ts");

main(process.argv.slice(2)).then((code) => process.exit(code));
