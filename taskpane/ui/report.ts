import type { CheckResult } from "../../src/check";
import { renderFinding } from "../../src/report/render";
import type { Lang } from "../../src/report/render";
import { GENERATED_MARK } from "../../src/sync/generated";
import type { ReportSheet } from "../host";

/** The report sheet of a check (interim: findings as rows, until src/report/reportSheet.ts lands). */
export function reportSheetFor(result: CheckResult, lang: Lang): ReportSheet {
  const rows = result.findings.map((f) => {
    const r = renderFinding(f, lang);
    return [r.severity, r.code, r.sheet, r.cell, r.message];
  });
  return { name: "KASTE-tarkistus", rows: [[`${GENERATED_MARK} tarkistus`], ["Vakavuus", "Koodi", "Välilehti", "Solu", "Viesti"], ...rows], boldRows: [1] };
}
