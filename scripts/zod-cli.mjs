// The part of zod the CLI uses, bundled by scripts/build-cli.mjs into lib/zod.cjs: `z` with only the members the
// code calls (tests/cli/zodBundle.test.ts checks that none is missing), so its other parts (locales, JSON Schema
// import, the mini API…) are neither bundled nor compiled at every start. Its English messages stay (schemas.js).
import {
  NEVER,
  ZodError,
  ZodType,
  array,
  boolean,
  custom,
  enum as zEnum,
  iso,
  literal,
  number,
  object,
  record,
  string,
  toJSONSchema,
  union,
} from "zod";

export const z = {
  NEVER,
  ZodError,
  ZodType,
  array,
  boolean,
  custom,
  enum: zEnum,
  iso,
  literal,
  number,
  object,
  record,
  string,
  toJSONSchema,
  union,
};
