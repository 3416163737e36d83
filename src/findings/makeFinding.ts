import { severityOf } from "./codes";
import type { FindingFactory } from "./finding";

/** The one way findings are made: the severity always comes from the code's registry entry. */
export const makeFinding: FindingFactory = (code, where, params, values = {}) => ({
  code,
  severity: severityOf(code),
  sheet: where.sheet,
  cell: where.cell,
  params,
  ...(values.expected !== undefined ? { expected: values.expected } : {}),
  ...(values.actual !== undefined ? { actual: values.actual } : {}),
});
