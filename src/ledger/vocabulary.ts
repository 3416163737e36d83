import type { TableKind } from "./model";

/**
 * The words users type for each table's columns (DOMAIN.md §7), in Finnish, Swedish and
 * English, written as normalizeHeader() leaves them (no accents, "%" as "pct",
 * "(ALV 0)" as "alv0", "sis. ALV" as "sisalv").
 */
/** `ignored`: a field taken but never read; `quiet`: a column kept as not understood, but not reported. */
export type FieldType = "text" | "money" | "date" | "year" | "bool" | "rate" | "period" | "enum" | "ignored" | "quiet";

export interface FieldSpec {
  readonly field: string;
  readonly type: FieldType;
  readonly synonyms: readonly string[];
  /** For enums: each allowed meaning and the words for it. */
  readonly values?: Readonly<Record<string, readonly string[]>>;
  /** For enums: the allowed words as a message shows them. */
  readonly allowed?: string;
}

export interface TableSpec {
  readonly kind: TableKind;
  /** The name users see (the canonical sheet name). */
  readonly title: string;
  readonly fields: readonly FieldSpec[];
  /** Alternatives of field sets; a header row must hold every field of one of them. */
  readonly signature: readonly (readonly string[])[];
  /** Fields a data row cannot do without (a list means "one of these"). */
  readonly required: readonly (string | readonly string[])[];
}

const PARTNER = ["kumppani", "osaamiskeskus", "laskuttaja", "partneri", "partner", "kompetenscentrum", "fakturerare", "toimittaja", "biller", "supplier", "osahanke"];
const COST_LINE = ["tilikohta", "kustannuslaji", "menolaji", "kululaji", "kostnadsslag", "cost line", "cost type", "cost category", "account", "tili", "budjettirivi", "menoryhma", "kustannuspaikka"];
const YEAR = ["vuosi", "ar", "year", "kalenterivuosi", "budjettivuosi", "vuosi v"];
const AMOUNT = ["summa", "alv0", "summa alv0", "maara", "euroa", "belopp", "amount", "netto", "nettosumma", "net amount", "net", "kustannus", "kustannukset", "meno", "menot", "yhteensa alv0"];
const PERIOD_START = ["ajalta alkaen", "ajalta alk", "jakso alkaa", "kausi alkaa", "laskutuskausi alkaa", "alkaen", "alkupaiva", "alkaa", "fran", "fran och med", "period fran", "period from", "period start", "from", "start", "start date"];
const PERIOD_END = ["ajalta paattyen", "ajalta asti", "ajalta loppuen", "jakso paattyy", "kausi paattyy", "laskutuskausi paattyy", "asti", "saakka", "loppupaiva", "paattyy", "till", "till och med", "period till", "period to", "period end", "to", "end", "end date"];
const YES_NO = { yes: ["kylla", "k", "joo", "yes", "y", "ja", "true", "x", "1", "on"], no: ["ei", "e", "no", "n", "nej", "false", "0", "-"] };

function invoiceSignatures(): string[][] {
  const signatures: string[][] = [];
  for (const who of ["partner", "number"]) {
    for (const amount of ["net", "gross"]) {
      for (const when of ["date", "period", "periodStart", "periodEnd", "number"]) if (when !== who) signatures.push([who, amount, when]);
    }
  }
  return signatures;
}

export const TABLES: readonly TableSpec[] = [
  {
    kind: "partners",
    title: "Kumppanit",
    fields: [
      { field: "name", type: "text", synonyms: [...PARTNER, "nimi", "name", "namn"] },
      {
        field: "scheme", type: "enum", allowed: "kuukausi+tasaus, kolmannes, toteuma",
        synonyms: ["laskutustapa", "laskutus", "laskutusjakso", "laskutusrytmi", "faktureringssatt", "fakturering", "invoicing", "billing", "invoicing scheme", "billing cycle"],
        values: {
          monthly: ["kuukausi tasaus", "kuukausi ja tasaus", "kuukausittain tasaus", "kuukausi", "kuukausittain", "kk", "kk tasaus", "monthly", "monthly reconciliation", "manad", "manadsvis", "manad utjamning"],
          tertial: ["kolmannes", "kolmanneksittain", "kolmannesvuosi", "tertiaali", "3 kertaa vuodessa", "3 krt vuodessa", "3 x vuodessa", "kolme kertaa vuodessa", "neljan kuukauden jaksoissa", "4 kk jaksoissa", "4 kk valein", "1 4 5 8 9 12", "tertial", "tertialvis", "three times a year", "every four months"],
          actual: ["toteuma", "toteutuneet", "toteutuneet kulut", "toteuman mukaan", "actual", "actuals", "realised", "realized", "utfall"],
        },
      },
      { field: "start", type: "date", synonyms: ["alkaa", "alkupaiva", "alku", "aloitus", "sopimus alkaa", "borjar", "start", "start date", "from", "fran", "alkaen"] },
      { field: "end", type: "date", synonyms: ["paattyy", "loppupaiva", "loppu", "sopimus paattyy", "slutar", "end", "end date", "to", "till", "asti", "saakka"] },
      // A partners table often lists how to reach each partner: known, kept, never read
      { field: "details", type: "quiet", synonyms: ["y tunnus", "ytunnus", "business id", "fo nummer", "organisationsnummer", "yhteyshenkilo", "yhteyshenkilot", "kontaktperson", "contact person", "contact", "sahkoposti", "email", "e mail", "e post", "puhelin", "puh", "telefon", "phone", "osoite", "postiosoite", "laskutusosoite", "verkkolaskuosoite", "adress", "address", "vastuuhenkilo", "ansvarsperson"] },
      { field: "vatRecoverable", type: "bool", allowed: "kyllä, ei", synonyms: ["alv palautuu", "alv palautus", "alv vahennyskelpoinen", "alv vahennetaan", "saa alv palautuksen", "moms aterbars", "momsen aterbetalas", "vat recoverable", "vat refund", "recovers vat"], values: YES_NO },
    ],
    signature: [["name", "scheme"], ["name", "vatRecoverable"]],
    required: ["name", "scheme", "start", "end"],
  },
  {
    kind: "budget",
    title: "Budjetti",
    fields: [
      { field: "year", type: "year", synonyms: YEAR },
      { field: "partner", type: "text", synonyms: PARTNER },
      { field: "line", type: "text", synonyms: COST_LINE },
      {
        field: "version", type: "enum", allowed: "haettu, vahvistettu, tarkistettu", synonyms: ["versio", "budjettiversio", "tila", "version", "budget version", "status"],
        values: {
          applied: ["haettu", "hakemus", "applied", "ansokt", "ansokan", "requested"],
          confirmed: ["vahvistettu", "hyvaksytty", "myonnetty", "confirmed", "approved", "faststalld", "beviljad", "granted"],
          revised: ["tarkistettu", "muutettu", "revised", "reviderad", "andrad", "amended"],
        },
      },
      { field: "amount", type: "money", synonyms: [...AMOUNT, "budjetti", "budjetoitu", "talousarvio", "kustannusarvio", "budget", "budgeted", "budgeterat", "budjetti alv0"] },
      // Realised costs beside the budget ("Budjetti | Toteuma"): kept apart, so a table of realised costs alone is no budget
      { field: "realised", type: "ignored", synonyms: ["toteuma", "toteumat", "toteutunut", "toteutuneet", "toteutuneet kustannukset", "toteutuneet menot", "kertynyt", "utfall", "utfallet", "actual", "actuals", "realised", "realized", "spent"] },
    ],
    signature: [["amount", "year", "line"], ["amount", "year", "partner"], ["amount", "version", "line"]],
    required: ["year", "amount"],
  },
  {
    kind: "invoices",
    title: "Laskut",
    fields: [
      { field: "date", type: "date", synonyms: ["paivamaara", "pvm", "laskun pvm", "laskun paivamaara", "laskupaiva", "laskutuspaiva", "paivays", "datum", "fakturadatum", "date", "invoice date"] },
      { field: "partner", type: "text", synonyms: PARTNER },
      { field: "number", type: "text", synonyms: ["laskun numero", "laskunumero", "lasku nro", "laskun nro", "lasku no", "nro", "lasku", "fakturanummer", "faktura nr", "fakturanr", "faktura", "invoice number", "invoice no", "invoice", "invoice nr", "document"] },
      { field: "periodStart", type: "date", synonyms: PERIOD_START },
      { field: "periodEnd", type: "date", synonyms: PERIOD_END },
      { field: "period", type: "period", synonyms: ["ajalta", "jakso", "laskutuskausi", "laskutusjakso", "kausi", "kuukausi", "period", "faktureringsperiod", "billing period", "invoice period", "month"] },
      {
        field: "kind", type: "enum", allowed: "kiinteä, tasaus, käynnistys, toteuma", synonyms: ["laji", "tyyppi", "laskun laji", "laskutyyppi", "kululaji tyyppi", "typ", "fakturatyp", "kind", "type", "invoice type"],
        values: {
          fixed: ["kiintea", "kiinteat", "kiintea kulu", "kiinteat kulut", "kk lasku", "kuukausilasku", "fixed", "fixed cost", "fast", "fasta kostnader", "monthly"],
          reconciliation: ["tasaus", "tasauslasku", "tasauslaskutus", "tasausera", "reconciliation", "true up", "utjamning", "utjamningsfaktura"],
          startup: ["kaynnistys", "kaynnistyskulut", "kaynnistyskustannukset", "rekrytointi", "rekrytointikulut", "startup", "start up", "recruitment", "uppstart", "rekrytering"],
          actual: ["toteuma", "toteutunut", "toteutuneet", "toteutuneet kulut", "actual", "actuals", "realised", "realized", "utfall"],
        },
      },
      { field: "line", type: "text", synonyms: COST_LINE },
      { field: "net", type: "money", synonyms: AMOUNT },
      { field: "gross", type: "money", synonyms: ["sisalv", "summa sisalv", "belopp sisalv", "amount sisalv", "yhteensa sisalv", "loppusumma", "verollinen summa"] },
      { field: "vat", type: "money", synonyms: ["alv", "alv maara", "alv osuus", "alv summa", "alv euroa", "arvonlisavero", "moms", "momsbelopp", "vat", "vat amount"] },
      { field: "vatRate", type: "ignored", synonyms: ["alv pct", "alv kanta", "alv prosentti", "verokanta", "moms pct", "momssats", "vat pct", "vat rate"] },
      { field: "eligible", type: "bool", allowed: "kyllä, ei", synonyms: ["hyvaksyttava", "hyvaksyttavat", "hyvaksyttava kulu", "tukikelpoinen", "avustuskelpoinen", "godtagbar", "godtagbara", "eligible", "eligible cost"], values: YES_NO },
      { field: "checker", type: "text", synonyms: ["asiatarkastaja", "asiatarkastus", "asiatarkastanut", "tarkastaja", "tarkastanut", "granskare", "granskad av", "checked by", "checker", "reviewer"] },
      { field: "approver", type: "text", synonyms: ["hyvaksyja", "hyvaksynyt", "hyvaksynta", "godkannare", "godkand av", "approved by", "approver"] },
      { field: "description", type: "text", synonyms: ["selite", "selitys", "kuvaus", "lisatieto", "lisatiedot", "beskrivning", "forklaring", "description", "memo", "note", "notes"] },
      // A year column for pivots, and bookkeeping beside the invoice (voucher, posting, due and payment days): known, kept, never read
      { field: "year", type: "quiet", synonyms: YEAR },
      { field: "bookkeeping", type: "quiet", synonyms: ["tosite", "tositenumero", "tositenro", "tosite nro", "kirjauspaiva", "kirjattu", "erapaiva", "erapvm", "maksupaiva", "maksupvm", "maksettu", "maksettu pvm", "verifikat", "verifikationsnummer", "bokford", "forfallodag", "betald", "betalningsdag", "voucher", "voucher no", "posting date", "due date", "paid", "payment date"] },
      // Remarks beside the description: known, kept, never read
      { field: "remarks", type: "quiet", synonyms: ["huom", "huomautus", "huomautukset", "huomioita", "huomiot", "kommentti", "kommentit", "anm", "anmarkning", "anmarkningar", "kommentar", "comment", "comments", "remarks"] },
      { field: "sourceFile", type: "text", synonyms: ["lahdetiedosto", "source file", "kallfil"] },
      { field: "sourceRow", type: "text", synonyms: ["lahderivi", "source row", "kallrad"] },
      { field: "importedAt", type: "text", synonyms: ["tuotu", "tuontiaika", "imported", "imported at", "importerad"] },
    ],
    // Who or which invoice, how much, and when or which number: a summary of costs by partner is no ledger
    signature: invoiceSignatures(),
    required: ["partner", ["net", "gross"], ["periodStart", "period"], ["periodEnd", "period"]],
  },
  {
    kind: "muniShares",
    title: "Kuntaosuudet",
    fields: [
      { field: "year", type: "year", synonyms: YEAR },
      { field: "municipality", type: "text", synonyms: ["kunta", "kunnat", "kotikunta", "jasenkunta", "kommun", "kommuner", "municipality", "municipalities"] },
      { field: "payer", type: "text", synonyms: ["maksaja", "maksava taho", "laskutettava", "betalare", "payer", "paid by"] },
      { field: "basis", type: "text", synonyms: ["peruste", "jakoperuste", "jakoavain", "grund", "fordelningsgrund", "basis", "key", "allocation key", "vakiluku", "asukasluku", "invanarantal", "befolkning", "population"] },
      // The percent beside a population or a tier ("Osuus %"): the share is read from the amount
      { field: "shareRate", type: "quiet", synonyms: ["osuus pct", "prosenttiosuus", "jako pct", "kuntaosuus pct", "osuus kuntaosuudesta pct", "andel pct", "share pct", "pct"] },
      { field: "amount", type: "money", synonyms: [...AMOUNT, "kuntaosuus", "kuntien osuus", "maksuosuus", "rahoitusosuus", "omarahoitus", "omavastuuosuus", "kommunandel", "municipal share", "share"] },
    ],
    signature: [["municipality", "amount"]],
    required: ["municipality", "amount", "year"],
  },
  {
    kind: "applications",
    title: "Maksatukset",
    fields: [
      { field: "number", type: "text", synonyms: ["nro", "numero", "hakemus", "hakemus nro", "maksatushakemus", "maksatushakemus nro", "nr", "ansokan", "utbetalningsansokan", "no", "number", "application", "payment application"] },
      { field: "start", type: "date", synonyms: PERIOD_START },
      { field: "end", type: "date", synonyms: PERIOD_END },
      { field: "period", type: "period", synonyms: ["ajalta", "jakso", "kausi", "period", "hakujakso"] },
      { field: "applied", type: "money", synonyms: ["haettu", "haettu summa", "haettava", "haettava summa", "haettu valtionavustus", "ansokt", "ansokt belopp", "applied", "amount applied", "claimed"] },
      { field: "paid", type: "money", synonyms: ["maksettu", "maksettu summa", "saatu", "utbetalt", "paid", "amount paid", "received"] },
      { field: "sent", type: "date", synonyms: ["lahetetty", "lahetyspaiva", "jatetty", "skickad", "inlamnad", "sent", "submitted"] },
      // The AVI's decision and the payment day: known, kept, never read
      { field: "decision", type: "quiet", synonyms: ["paatospaiva", "paatos", "paatos pvm", "paatoksen pvm", "paatosnumero", "diaarinumero", "dnro", "maksupaiva", "maksupvm", "maksettu pvm", "beslut", "beslutsdatum", "utbetalningsdag", "decision", "decision date", "payment date", "date paid"] },
    ],
    signature: [["applied", "start"], ["applied", "end"], ["applied", "period"], ["applied", "paid"]],
    required: [["start", "period"], ["end", "period"], "applied"],
  },
];

export interface KeySpec {
  readonly key: string;
  readonly type: FieldType;
  readonly synonyms: readonly string[];
}

export interface KeyBlockSpec {
  readonly kind: "project" | "settings";
  readonly title: string;
  readonly keys: readonly KeySpec[];
}

export const PROJECT_KEYS: KeyBlockSpec = {
  kind: "project",
  title: "Hanke",
  keys: [
    { key: "name", type: "text", synonyms: ["hanke", "hankkeen nimi", "hanke nimi", "projekti", "projekt", "projektets namn", "project", "project name"] },
    { key: "administrator", type: "text", synonyms: ["hallinnoija", "hallinnoiva organisaatio", "hallinnoiva kunta", "huvudman", "projektets huvudman", "administrator", "lead organisation", "lead organization"] },
    { key: "start", type: "date", synonyms: ["alkaa", "hanke alkaa", "hankeaika alkaa", "alkupaiva", "aloituspaiva", "projektet borjar", "borjar", "start", "start date", "project start"] },
    { key: "end", type: "date", synonyms: ["paattyy", "hanke paattyy", "hankeaika paattyy", "loppupaiva", "paattymispaiva", "projektet slutar", "slutar", "end", "end date", "project end"] },
    // The project's whole period in one cell ("Hankeaika | 1.4.2013–31.10.2015"): its start and end where those keys are absent
    { key: "period", type: "period", synonyms: ["hankeaika", "hankkeen kesto", "hankkeen toteutusaika", "toteutusaika", "projektiaika", "hankekausi", "projekttid", "projektperiod", "projektets period", "project period", "project duration", "duration"] },
    { key: "rate", type: "rate", synonyms: ["valtionavustus pct", "valtionavustusprosentti", "valtionavustuksen osuus pct", "avustusprosentti", "avustusosuus pct", "valtionosuus pct", "statsunderstod pct", "statsunderstodsprocent", "state grant pct", "grant rate", "state grant rate"] },
    { key: "eligible", type: "money", synonyms: ["hyvaksyttavat kustannukset", "hyvaksyttavat menot", "valtionavustukseen oikeuttavat menot", "valtionavustukseen oikeuttavat kustannukset", "tukikelpoiset kustannukset", "godtagbara kostnader", "eligible costs", "eligible total", "total eligible costs"] },
    { key: "stateGrant", type: "money", synonyms: ["valtionavustus", "valtionosuus", "stm", "stm n osuus", "haettava valtionavustus", "statsunderstod", "state grant", "state share"] },
    { key: "municipalShare", type: "money", synonyms: ["kuntaosuus", "kuntien osuus", "kuntien rahoitusosuus", "kuntarahoitus", "omarahoitus", "omavastuuosuus", "kommunandel", "kommunernas andel", "sjalvfinansiering", "municipal share", "co funding", "municipal co funding"] },
    { key: "otherFunding", type: "money", synonyms: ["muu rahoitus", "muut rahoittajat", "muu julkinen rahoitus", "annan finansiering", "ovrig finansiering", "other funding"] },
    { key: "income", type: "money", synonyms: ["tulot", "hankkeen tulot", "intakter", "income", "revenue"] },
  ],
};

export const SETTINGS_KEYS: KeyBlockSpec = {
  kind: "settings",
  title: "Asetukset",
  keys: [
    { key: "asOf", type: "date", synonyms: ["tarkastuspaiva", "tarkistuspaiva", "tilannepaiva", "tarkastelupaiva", "kontrolldatum", "per datum", "as of", "as of date"] },
    { key: "toleranceCents", type: "money", synonyms: ["toleranssi", "sallittu ero", "tolerans", "tolerance"] },
    { key: "monthGraceDays", type: "year", synonyms: ["kuukausilaskun viive pv", "kuukausilaskun viive", "kuukausilaskun armonaika", "month grace days", "monthly invoice grace days"] },
    { key: "reconciliationGraceDays", type: "year", synonyms: ["tasauslaskun viive pv", "tasauslaskun viive", "tasauslaskun armonaika", "reconciliation grace days"] },
    { key: "tertialGraceDays", type: "year", synonyms: ["kolmanneslaskun viive pv", "kolmanneslaskun viive", "tertial grace days"] },
    { key: "reconciliationFirstMonth", type: "year", synonyms: ["tasausjakson ensimmainen kuukausi", "tasausjaksot alkavat kuukaudesta", "reconciliation first month"] },
    { key: "underusePace", type: "rate", synonyms: ["alikayton raja", "kayttovauhdin alaraja", "underuse pace", "underuse threshold"] },
    { key: "repaymentThresholdCents", type: "money", synonyms: ["palautusraja", "palautettavan summan raja", "repayment threshold"] },
    { key: "changeRequestDays", type: "year", synonyms: ["muutoshakemuksen aika pv", "muutoshakemuksen aika", "change request days"] },
    { key: "finalReportMonths", type: "year", synonyms: ["loppuraportin maaraaika kk", "loppuraportin maaraaika", "final report months"] },
  ],
};
