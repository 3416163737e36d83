import type { Finding, Where } from "../findings/finding";
import { makeFinding } from "../findings/makeFinding";
import { ALL_TABLE_LABELS, signatureHeaders } from "./fieldLabels";
import type { TableKind } from "./model";

/** TABLE_NOT_FOUND for a table kind, worded the same by the check and the import in every language. */
export function tableNotFound(kind: TableKind, where: Where = { sheet: "", cell: "" }): Finding {
  return makeFinding("TABLE_NOT_FOUND", where, {
    kind,
    table: { words: ALL_TABLE_LABELS[kind] },
    headers: { words: signatureHeaders(kind) },
  });
}
