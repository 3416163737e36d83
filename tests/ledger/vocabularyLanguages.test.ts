import assert from "node:assert/strict";
import { checkWorkbook } from "../../src/check/checkWorkbook";
import { HeaderMatcher, matcherOf } from "../../src/ledger/recognize";
import { FIELD_LABELS, isMappableKind } from "../../src/ledger/fieldLabels";
import { SETTING_BOUNDS } from "../../src/ledger/settingBounds";
import { PROJECT_KEYS, SETTINGS_KEYS, TABLES } from "../../src/ledger/vocabulary";
import type { KeyBlockSpec } from "../../src/ledger/vocabulary";
import { STRINGS } from "../../taskpane/i18n";
import { book } from "../support/book";

/**
 * The vocabulary's words by language, reviewed term by term against the Finnish ones. The
 * vocabulary itself keeps one list per concept (the matcher does not care which language a
 * word is); this review says which of its words are Swedish and which English, so that a
 * concept typed in Finnish is also recognised when typed in Swedish or English. A word both
 * languages use (partner, budget, period) is in both.
 */
const SWEDISH = new Set([
  // partners
  ...["partner", "kompetenscentrum", "fakturerare", "leverantor", "namn", "samarbetspartner", "delprojekt"],
  ...["faktureringssatt", "fakturering", "faktureringsintervall"],
  ...["manad", "manadsvis", "manad utjamning", "manadsvis utjamning", "manad och utjamning"],
  ...["tertial", "tertialvis", "tre ganger per ar", "var fjarde manad"],
  ...["utfall", "enligt utfall", "faktiska kostnader"],
  ...["borjar", "fran", "startdatum", "avtalet borjar", "slutar", "till", "slutdatum", "avtalet slutar", "avtalsperiod", "avtalstid"],
  ...["fo nummer", "organisationsnummer", "kontaktperson", "kontaktuppgifter", "e post", "telefon", "adress", "faktureringsadress"],
  ...["ansvarsperson", "moms aterbars", "momsen aterbetalas", "avdragsgill moms", "momsavdrag"],
  ...["ja", "nej"],
  // budget
  ...["ar", "kalenderar", "budgetar", "kontonamn", "kontots namn", "kostnadsslag", "kostnadstyp", "utgiftsslag", "budgetrad"],
  ...["budgetpost", "kostnadsstalle", "version", "budgetversion", "status", "ansokt", "ansokan", "faststalld", "beviljad"],
  ...["reviderad", "andrad", "belopp", "belopp alv0", "nettobelopp", "kostnad", "kostnader", "utgift", "utgifter"],
  ...["totalt alv0", "budget", "budgeterat", "budgeterad", "budget alv0", "kostnadsberakning"],
  ...["utfallet", "forverkligat", "forverkligade kostnader"],
  // invoices
  ...["datum", "fakturadatum", "fakturans datum", "verifikatdatum", "fakturanummer", "faktura nr", "fakturanr", "faktura"],
  ...["fakturans nummer", "fran och med", "period fran", "till och med", "period till", "perioden borjar", "perioden slutar"],
  ...["period", "faktureringsperiod", "typ", "fakturatyp", "fakturans typ", "fast", "fast kostnad", "fasta kostnader"],
  ...["manadsfaktura", "utjamning", "utjamningsfaktura", "utjamningsfakturering", "uppstart", "rekrytering", "startkostnad"],
  ...["startkostnader", "uppstartskostnad", "uppstartskostnader", "rekryteringskostnader"],
  ...["konto", "kontonummer", "kontonr", "debet", "kredit", "belopp sisalv", "slutsumma", "moms", "momsbelopp", "mervardesskatt"],
  ...["moms pct", "momssats", "godtagbar", "godtagbara", "godtagbar kostnad", "stodberattigad", "granskare", "granskad av"],
  ...["sakgranskare", "sakgranskning", "godkannare", "godkand av", "godkannande", "beskrivning", "forklaring", "tillaggsuppgifter"],
  ...["verifikat", "verifikationsnummer", "bokford", "bokforingsdag", "forfallodag", "forfallodatum", "betald", "betalningsdag"],
  ...["anm", "anmarkning", "anmarkningar", "kommentar", "kommentarer", "kallfil", "kallrad", "importerad"],
  // municipal shares
  ...["kommun", "kommuner", "medlemskommun", "hemkommun", "betalare", "betalas av", "grund", "fordelningsgrund"],
  ...["fordelningsnyckel", "invanarantal", "befolkning", "andel pct", "procentandel", "kommunandel", "kommunernas andel"],
  ...["betalningsandel", "finansieringsandel", "sjalvfinansiering"],
  // payment applications
  ...["nr", "nummer", "utbetalningsansokan", "ansokningsperiod", "tidsperiod", "ansokt belopp", "utbetalt", "utbetalt belopp", "erhallet"],
  ...["skickad", "inlamnad", "beslut", "beslutsdatum", "diarienummer", "utbetalningsdag"],
  // project
  ...["projekt", "projektets namn", "projektnamn", "huvudman", "projektets huvudman", "administrerande organisation"],
  ...["administrerande kommun", "projektet borjar", "projektet slutar", "projekttid", "projektperiod", "projektets period"],
  ...["statsunderstod pct", "statsunderstodsprocent", "godtagbara kostnader", "godtagbara utgifter", "stodberattigade kostnader"],
  ...["statsunderstod", "statens andel", "statsbidrag", "annan finansiering", "ovrig finansiering", "intakter"],
  // settings
  ...["kontrolldatum", "per datum", "tolerans", "tillaten skillnad", "manadsfakturans frist", "respit for manadsfaktura"],
  ...["utjamningsfakturans frist", "respit for utjamningsfaktura", "tertialfakturans frist", "respit for tertialfaktura"],
  ...["forsta utjamningsmanad", "utjamningsperiodens forsta manad", "grans for underutnyttjande", "aterbetalningsgrans"],
  ...["tid for andringsansokan", "slutrapportens tidsfrist"],
  // the second review (issue 15): words Swedish invoices and budgets use that the first missed
  ...["fr o m", "t o m", "manadsfakturering"],
  ...["tertialfakturering", "godkand"],
  ...["verifikationsdatum", "faktureringsdatum", "fast faktura", "avstamning", "avstamningsfaktura", "bidragsberattigad"],
  ...["granskat av", "godkant av", "attesterad av", "attestant", "ansokt statsunderstod"],
  // a credit note as Laji
  ...["kreditnota", "kreditfaktura", "kreditering"],
]);

const ENGLISH = new Set([
  // partners
  ...["partner", "biller", "supplier", "vendor", "name", "subproject", "sub project"],
  ...["invoicing", "billing", "invoicing scheme", "billing cycle", "monthly", "monthly reconciliation", "monthly and reconciliation"],
  ...["three times a year", "every four months", "every 4 months", "3 times a year", "actual", "actuals", "realised", "realized"],
  ...["actual costs", "start", "start date", "from", "end", "end date", "to"],
  ...["business id", "contact person", "contact", "contact details", "email", "e mail", "phone", "address", "billing address"],
  ...["vat recoverable", "vat refund", "recovers vat", "yes", "y", "no", "n", "true", "false"],
  // budget
  ...["year", "calendar year", "budget year", "account name", "cost line", "cost type", "cost category", "account", "budget line"],
  ...["expense type", "expense category", "cost centre", "version", "budget version", "status", "applied", "requested"],
  ...["confirmed", "approved", "granted", "revised", "amended", "amount", "amount alv0", "net amount", "net", "cost", "costs"],
  ...["expense", "expenses", "total alv0", "budget", "budgeted", "budget alv0", "cost estimate", "spent", "realised costs"],
  // invoices
  ...["date", "invoice date", "voucher date", "document date", "invoice number", "invoice no", "invoice", "invoice nr", "document"],
  ...["period from", "period start", "period to", "period end", "period", "billing period", "invoice period", "month"],
  ...["kind", "type", "invoice type", "fixed", "fixed cost", "fixed costs", "monthly invoice", "reconciliation", "true up"],
  ...["reconciliation invoice", "startup", "start up", "startup costs", "start up costs", "recruitment", "recruitment costs"],
  ...["account no", "account number", "cost center", "debit", "debit amount", "credit", "credit amount", "amount sisalv"],
  ...["invoice total", "vat", "vat amount", "value added tax", "vat pct", "vat rate", "eligible", "eligible cost", "checked by"],
  ...["checker", "reviewer", "approved by", "approver", "approval", "description", "memo", "note", "notes", "voucher"],
  ...["voucher no", "posting date", "booked", "due date", "paid", "payment date", "comment", "comments", "remarks"],
  ...["source file", "source row", "imported", "imported at"],
  // municipal shares
  ...["municipality", "municipalities", "member municipality", "payer", "paid by", "basis", "key", "allocation key", "population"],
  ...["share pct", "pct", "percentage", "municipal share", "share", "co funding", "payment share"],
  // payment applications
  ...["number", "application", "payment application", "application period", "amount applied", "claimed", "amount paid"],
  ...["received", "sent", "submitted", "decision", "decision date", "date paid"],
  // project
  ...["project", "project name", "administrator", "lead organisation", "lead organization", "project start", "project end"],
  ...["project period", "project duration", "duration", "state grant pct", "grant rate", "state grant rate", "eligible costs"],
  ...["eligible total", "total eligible costs", "state grant", "state share", "municipal co funding", "other funding"],
  ...["income", "revenue"],
  // settings
  ...["as of", "as of date", "tolerance", "allowed difference", "month grace days", "monthly invoice grace days"],
  ...["monthly invoice delay", "reconciliation grace days", "reconciliation invoice delay", "tertial grace days"],
  ...["tertial invoice delay", "reconciliation first month", "first reconciliation month", "first month of reconciliation blocks"],
  ...["underuse pace", "underuse threshold", "repayment threshold", "change request days", "change request time"],
  ...["final report months", "final report due"],
  // the second review (issue 15)
  ...["competence centre", "from date", "to date"],
  ...["monthly invoicing"],
  ...["contract start", "contract end", "agreement period", "contract period"],
  ...["fixed invoice", "reviewed by", "authorised by"],
  ...["authorized by", "amount requested", "date sent"],
  // a credit note as Laji
  ...["credit note", "credit invoice"],
]);

const LANGUAGES = { sv: { name: "Swedish", words: SWEDISH }, en: { name: "English", words: ENGLISH } } as const;

interface Concept {
  readonly name: string;
  readonly words: readonly string[];
}

/** Every concept a user types: each field and key, and each allowed value of an enum or yes/no field. */
function concepts(): Concept[] {
  const list: Concept[] = [];
  for (const table of TABLES) {
    for (const field of table.fields) {
      list.push({ name: `${table.kind}.${field.field}`, words: field.synonyms });
      for (const [value, words] of Object.entries(field.values ?? {})) list.push({ name: `${table.kind}.${field.field}=${value}`, words });
    }
  }
  for (const block of [PROJECT_KEYS, SETTINGS_KEYS])
    for (const key of block.keys) list.push({ name: `${block.kind}.${key.key}`, words: key.synonyms });
  return list;
}

const ALL_WORDS = new Set(concepts().flatMap((c) => c.words));

const keyMatcher = (block: KeyBlockSpec) =>
  new HeaderMatcher(block.keys.map((key) => ({ field: key.key, type: key.type, synonyms: key.synonyms })));

for (const [lang, { name, words }] of Object.entries(LANGUAGES) as [keyof typeof LANGUAGES, (typeof LANGUAGES)[keyof typeof LANGUAGES]][]) {
  describe(`the ${name} vocabulary against the Finnish one`, () => {
    it(`gives every concept typed in Finnish its ${name} words`, () => {
      const without = concepts()
        .filter((c) => !c.words.some((word) => words.has(word)))
        .map((c) => c.name);
      assert.deepEqual(without, []);
    });

    it(`holds every ${name} word of the review (none stale)`, () => {
      assert.deepEqual(
        [...words].filter((word) => !ALL_WORDS.has(word)),
        [],
      );
    });

    it(`recognises every column label we write in ${name} as its field`, () => {
      const wrong: string[] = [];
      for (const [kind, fields] of Object.entries(FIELD_LABELS)) {
        if (!isMappableKind(kind)) continue;
        for (const [field, labels] of Object.entries(fields)) {
          const match = matcherOf(kind).match(labels[lang]);
          if (match?.field !== field) wrong.push(`${kind}.${field} "${labels[lang]}" → ${match?.field ?? "nothing"}`);
        }
      }
      assert.deepEqual(wrong, []);
    });

    it(`recognises every setting as we name it in ${name} (messages and the pane's form)`, () => {
      const matcher = keyMatcher(SETTINGS_KEYS);
      const wrong: string[] = [];
      for (const [key, bound] of Object.entries(SETTING_BOUNDS)) {
        for (const label of [bound.words[lang], STRINGS[lang].settingLabels[key as keyof typeof SETTING_BOUNDS]]) {
          if (matcher.match(label)?.field !== key) wrong.push(`${key} "${label}" → ${matcher.match(label)?.field ?? "nothing"}`);
        }
      }
      assert.deepEqual(wrong, []);
    });

    it(`tells the invoice kinds apart when typed in ${name}`, () => {
      const kindField = TABLES.find((t) => t.kind === "invoices")?.fields.find((f) => f.field === "kind");
      const typed =
        lang === "sv"
          ? ["startkostnad", "utjämningsfaktura", "fast kostnad", "utfall"]
          : ["startup costs", "reconciliation invoice", "fixed costs", "actual costs"];
      const values = typed.map(
        (word) =>
          Object.entries(kindField?.values ?? {}).find(([, list]) =>
            list.includes(word.normalize("NFD").replace(/[\u0300-\u036f]/g, "")),
          )?.[0],
      );
      assert.deepEqual(values, ["startup", "reconciliation", "fixed", "actual"]);
    });
  });
}

describe("the Finnish settings as we name them", () => {
  it("are recognised in the messages' and the pane's words", () => {
    const matcher = keyMatcher(SETTINGS_KEYS);
    for (const [key, bound] of Object.entries(SETTING_BOUNDS)) {
      for (const label of [bound.words.fi, STRINGS.fi.settingLabels[key as keyof typeof SETTING_BOUNDS]])
        assert.equal(matcher.match(label)?.field, key, label);
    }
  });
});

describe("a Swedish ledger's invoice kinds", () => {
  it("reads Startkostnad, Utjämningsfaktura and Fast kostnad as start-up, reconciliation and fixed invoices", () => {
    const { ledger } = checkWorkbook(
      book({
        Fakturor: [
          ["Fakturerare", "Fakturanummer", "Fakturadatum", "Period från", "Period till", "Typ", "Kostnadsslag", "Belopp (moms 0 %)"],
          ["Verso", "V-1", "31.12.2013", "1.12.2013", "31.12.2013", "Startkostnad", "Löner", 1200],
          ["Verso", "V-2", "31.1.2014", "1.1.2014", "31.1.2014", "Fast kostnad", "Löner", 4000],
          ["Verso", "V-3", "31.3.2014", "1.1.2014", "31.3.2014", "Utjämningsfaktura", "Löner", -150.5],
        ],
      }),
    );
    assert.deepEqual(
      ledger.invoices.map((i) => [i.number, i.kind, i.net]),
      [
        ["V-1", "startup", 120_000],
        ["V-2", "fixed", 400_000],
        ["V-3", "reconciliation", -15_050],
      ],
    );
  });
});

describe("a Swedish ledger as municipalities type it (the second review)", () => {
  it("reads Fr.o.m., T.o.m., Fakturadatum, Attesterad av and Granskat av as the period, the date, the approver and the checker", () => {
    const { ledger, findings } = checkWorkbook(
      book({
        Fakturor: [
          [
            "Fakturadatum",
            "Fakturerare",
            "Fakturanummer",
            "Fr.o.m.",
            "T.o.m.",
            "Typ",
            "Kostnadsslag",
            "Belopp (moms 0)",
            "Granskat av",
            "Attesterad av",
          ],
          ["5.2.2014", "Verso", "V-1", "1.1.2014", "31.1.2014", "fast faktura", "Löner", 100, "Mäkinen", "Lahtinen"],
        ],
      }),
    );
    assert.deepEqual(
      ledger.invoices.map((l) => [l.periodStart, l.periodEnd, l.kind, l.checker, l.approver]),
      [[16071, 16101, "fixed", "Mäkinen", "Lahtinen"]],
    );
    assert.ok(!findings.some((f) => f.code === "COLUMN_NOT_UNDERSTOOD"), findings.map((f) => f.code).join());
  });
});
