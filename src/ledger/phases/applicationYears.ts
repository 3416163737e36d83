import type { Application, Project } from "../model";
import type { SheetReader } from "../sheetReader";

const YEAR_TEXT = /^\s*(?:19|20)\d\d\s*$/;

/**
 * A payment application whose period is typed as a year ("2013" under Kausi or Vuosi) covers the
 * project's part of that year: the first from the project's start (1.4.2013), the last up to its end
 * (31.10.2015). Taken as the whole calendar year, the first one began before the project
 * (APPLICATION_PERIOD_GAP). A period typed as days is kept as typed.
 */
export function withinProjectYears(
  applications: Application[],
  project: Project,
  readers: ReadonlyMap<string, SheetReader>,
): Application[] {
  const first = project.start?.value;
  const last = project.end?.value;
  if (first === undefined && last === undefined) return applications;
  return applications.map((application) => {
    const { start, end, at } = application;
    const col = at.table.columns.period;
    if (start === null || end === null || col === undefined) return application;
    const clipped = {
      start: first !== undefined && start < first && first <= end ? first : start,
      end: last !== undefined && end > last && last >= start ? last : end,
    };
    if (clipped.start === start && clipped.end === end) return application;
    const raw = readers.get(at.table.sheet)?.cell(at.row, col) ?? null;
    const year =
      typeof raw === "number" ? Number.isInteger(raw) && raw >= 1990 && raw <= 2099 : typeof raw === "string" && YEAR_TEXT.test(raw);
    return year ? { ...application, ...clipped } : application;
  });
}
