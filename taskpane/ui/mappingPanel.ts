import { planMapping, mappingProblemText } from "../../src/ledger/mapping";
import type { MappingRequest } from "../../src/ledger/mapping";
import { mappingCandidates, mappingCandidatesOf } from "../../src/ledger/mappingCandidates";
import type { MappingCandidate } from "../../src/ledger/mappingCandidates";
import type { Panel, PaneContext } from "./context";
import { h, newId } from "./dom";

/**
 * The Columns tab: the tables whose columns were not all recognised, a field to choose for each
 * column not understood, and the choices saved as the workbook's column mapping (a hidden sheet
 * the checks honour from then on).
 */
export function mappingPanel(ctx: PaneContext): Panel {
  const { t, lang } = ctx;
  const tables = h("div", { class: "mapping" });
  const choices: Array<{ select: HTMLSelectElement; candidate: MappingCandidate; column: string }> = [];
  const find = h("fluent-button", { appearance: "primary", "data-action": "find-columns" }, t.findColumns);
  const save = h("fluent-button", { "data-action": "save-mapping" }, t.saveMapping);

  const show = (candidates: readonly MappingCandidate[]) => {
    choices.length = 0;
    tables.replaceChildren(...candidates.map((candidate) => tableChoices(candidate)));
    if (candidates.length === 0) tables.append(h("p", {}, t.noMappingNeeded));
    else tables.append(h("div", { class: "actions" }, save));
  };

  const tableChoices = (candidate: MappingCandidate): HTMLElement => {
    const rows = candidate.unknownColumns.map(({ column, header }) => {
      const id = newId("map");
      const select = h(
        "select",
        { id, "data-column": column },
        h("option", { value: "" }, t.notMapped),
        ...candidate.fields.map((field) => h("option", { value: field.field }, field.labels[lang])),
      );
      choices.push({ select, candidate, column });
      return h("div", { class: "map-row" }, h("label", { for: id }, t.columnLabel(column, header)), select);
    });
    return h(
      "div",
      { class: "map-table", "data-table": candidate.table },
      h("h2", { class: "map-head" }, t.tableAt(candidate.tableLabels[lang], candidate.sheet, candidate.headerRow)),
      candidate.missing.length > 0 && h("p", {}, t.missingColumns(candidate.missing.map((m) => m.labels[lang]).join(", "))),
      ...rows,
    );
  };

  find.addEventListener(
    "click",
    () => void ctx.run(async () => show(mappingCandidates(await ctx.read(), { withUnknownColumns: true }).tables)),
  );
  save.addEventListener(
    "click",
    () =>
      void ctx.run(async () => {
        const requests: MappingRequest[] = choices
          .filter(({ select }) => select.value !== "")
          .map(({ select, candidate, column }) => ({
            table: candidate.table,
            sheet: candidate.sheet,
            headerRow: candidate.headerRow,
            column,
            field: select.value,
          }));
        if (requests.length === 0) return ctx.say(t.mappingNothing, "error");
        const plan = planMapping(await ctx.read(), requests);
        if (!plan.ok) return ctx.say(plan.problems.map((problem) => mappingProblemText(problem, lang)).join(" "), "error");
        await ctx.host.writeSheet(plan.sheet);
        ctx.memory.stale = true;
        ctx.say(t.mappingSaved(plan.added.length), "success");
      }),
  );

  // Opened after a check (e.g. from "map my columns"), it shows that check's tables at once, without reading again
  let shownFor: unknown = null;
  const shown = () => {
    const memory = ctx.memory.check;
    if (!memory || ctx.memory.stale || memory === shownFor) return;
    shownFor = memory;
    show(mappingCandidatesOf(memory.book, memory.result.ledger, { withUnknownColumns: true }).tables);
  };
  return { element: h("div", {}, h("p", {}, t.mappingIntro), h("div", { class: "actions" }, find), tables), shown };
}
