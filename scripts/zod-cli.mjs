// The part of zod the CLI uses, bundled by scripts/build-cli.mjs into lib/zod.cjs: `z` with only the members the
// code calls (tests/cli/zodBundle.test.ts checks that none is missing), so its other parts (locales, JSON Schema
// import…) are neither bundled nor compiled at every start. Its English messages stay (schemas.js).
// `zMini`: the same for the modules the task pane shares, which use zod's mini API (its bundle is a fraction of the
// classic API's size); lib/zod-mini.cjs hands it out for `import { z } from "zod/mini"`. Both APIs share the one copy of
// zod's core here, so a description given to a mini schema is in the registry the classic toJSONSchema reads.
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
import * as mini from "zod/mini";

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

export const zMini = {
  NEVER: mini.NEVER,
  ZodMiniType: mini.ZodMiniType,
  array: mini.array,
  boolean: mini.boolean,
  custom: mini.custom,
  enum: mini.enum,
  globalRegistry: mini.globalRegistry,
  int: mini.int,
  iso: mini.iso,
  literal: mini.literal,
  maximum: mini.maximum,
  minLength: mini.minLength,
  minimum: mini.minimum,
  nullable: mini.nullable,
  number: mini.number,
  object: mini.object,
  optional: mini.optional,
  pipe: mini.pipe,
  refine: mini.refine,
  regex: mini.regex,
  string: mini.string,
  toJSONSchema: mini.toJSONSchema,
  transform: mini.transform,
};
