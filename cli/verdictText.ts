import type { AsOfSource, Verdict } from "../src/check/verdict";
import { adviceOf } from "../src/findings/advice";
import { formatCount } from "../src/findings/render";
import type { Lang } from "../src/findings/render";
import { ALL_TABLE_LABELS } from "../src/ledger/fieldLabels";
import { dateOf } from "../src/periods";
import { PLAIN, wrapHanging } from "../src/findings/textLayout";
import type { TextLayout } from "../src/findings/textLayout";

interface VerdictWords {
  asOf: (day: string, source: AsOfSource) => string;
  ready: string;
  blocked: (errors: number) => string;
  fixFirst: string;
  incomplete: string;
  emptyTable: (table: string) => string;
}

const WORDS: Readonly<Record<Lang, VerdictWords>> = {
  fi: {
    asOf: (day, source) => `tarkastuspäivä ${day} (${source === "setting" ? "Asetukset" : source === "flag" ? "--as-of" : "tänään"})`,
    ready: "VALMIS LÄHETETTÄVÄKSI",
    blocked: (n) => `EI VALMIS: ${formatCount(n, "fi")} ${n === 1 ? "virhe estää" : "virhettä estää"} maksatushakemuksen`,
    fixFirst: "korjaa ensin",
    incomplete: "EI VIRHEITÄ, MUTTA KAIKKEA EI VOITU TARKISTAA",
    emptyTable: (table) => `Ei tarkistettu: taulukko ${table} on tyhjä`,
  },
  sv: {
    asOf: (day, source) => `kontrolldag ${day} (${source === "setting" ? "Inställningar" : source === "flag" ? "--as-of" : "i dag"})`,
    ready: "KLAR ATT SKICKAS",
    blocked: (n) => `INTE KLAR: ${formatCount(n, "sv")} ${n === 1 ? "fel hindrar" : "fel hindrar"} utbetalningsansökan`,
    fixFirst: "rätta först",
    incomplete: "INGA FEL, MEN ALLT KUNDE INTE KONTROLLERAS",
    emptyTable: (table) => `Inte kontrollerat: tabellen ${table} är tom`,
  },
  en: {
    asOf: (day, source) => `as of ${day} (${source === "setting" ? "Settings" : source === "flag" ? "--as-of" : "today"})`,
    ready: "READY TO SEND",
    blocked: (n) => `NOT READY: ${formatCount(n, "en")} ${n === 1 ? "error blocks" : "errors block"} the payment application`,
    fixFirst: "fix first",
    incomplete: "NO ERRORS, BUT NOT EVERYTHING COULD BE CHECKED",
    emptyTable: (table) => `Not checked: the ${table} table is empty`,
  },
};

/** The first line of a check's text: the file, the as-of day and where that day came from. */
export function verdictHeading(file: string, verdict: Verdict, lang: Lang): string {
  const day = dateOf(verdict.asOf, lang);
  return `${file}: ${WORDS[lang].asOf(day, verdict.asOfSource)}`;
}

/** The last lines of a check's text: empty tables as not checked, then the verdict the pane shows, naming the first three causes to fix. */
export function verdictFooter(verdict: Verdict, lang: Lang, layout: TextLayout = PLAIN): string {
  const words = WORDS[lang];
  const empty = verdict.emptyTables.map((kind) => words.emptyTable(ALL_TABLE_LABELS[kind][lang]));
  const causes = verdict.blockers.slice(0, 3).map((b) => `${adviceOf(b.code, lang).title} (${formatCount(b.count, lang)})`);
  const line =
    verdict.state === "ready"
      ? words.ready
      : verdict.state === "blocked"
        ? `${words.blocked(verdict.errors)}; ${words.fixFirst} ${causes.join(", ")}`
        : words.incomplete;
  const role = verdict.state === "ready" ? "ready" : verdict.state === "blocked" ? "blocked" : "warning";
  const wrapped = wrapHanging("", line, layout.width).map((part) => layout.paint(role, part));
  return [...empty, ...wrapped].join("\n");
}
