/**
 * What each command takes: its positional arguments, its options (what kind of value, what it means in fi/sv/en),
 * the options that exclude each other, and an example. One table feeds the parser (cli/args/parse.ts) and the help
 * (cli/args/help.ts). It loads no package, so that
 * `kaste --version` and `kaste --help` start fast.
 */
import type { Lang } from "../../src/findings/render";

export type Words = Readonly<Record<Lang, string>>;

/** The kind of value an option takes; cli/args/parse.ts checks each kind. */
export type OptionKind =
  | { readonly kind: "flag" }
  | { readonly kind: "text"; readonly metavar: string }
  | { readonly kind: "choice"; readonly values: readonly string[]; readonly default?: string }
  | { readonly kind: "day" }
  | { readonly kind: "period" }
  | { readonly kind: "count"; readonly min: number; readonly max: number; readonly metavar: string };

export type OptionSpec = OptionKind & { readonly name: string; readonly help: Words };

export interface CommandSpec {
  readonly name: string;
  readonly summary: Words;
  /** The positional arguments as the usage line shows them, and how many there may be. */
  readonly operands: { readonly metavar: string; readonly min: number; readonly max: number };
  readonly options: readonly OptionSpec[];
  /** Options that cannot be given together (at most one of each group). */
  readonly exclusive: readonly (readonly string[])[];
  /** Options one of which must be given (each inner list: at least one of them). */
  readonly required: readonly (readonly string[])[];
  readonly examples: readonly string[];
}

const lang: OptionSpec = {
  name: "lang",
  kind: "choice",
  values: ["fi", "sv", "en"],
  help: {
    fi: "viestien kieli (oletus: ympäristön LANG, muuten fi)",
    sv: "meddelandenas språk (standard: miljöns LANG, annars fi)",
    en: "the language of the messages (default: from LANG, else fi)",
  },
};
const help: OptionSpec = { name: "help", kind: "flag", help: { fi: "tämä ohje", sv: "den här hjälpen", en: "this help" } };
const force: OptionSpec = {
  name: "force",
  kind: "flag",
  help: {
    fi: "korvaa olemassa oleva tulostiedosto (syötettä ei koskaan)",
    sv: "ersätt en befintlig utfil (aldrig indata)",
    en: "replace an existing output file (never an input)",
  },
};
const asOf: OptionSpec = {
  name: "as-of",
  kind: "day",
  help: {
    fi: "tarkastuspäivä, esim. 31.12.2014 tai 2014-12-31 (oletus: Asetukset-välilehden päivä, muuten tänään)",
    sv: "kontrolldag, t.ex. 31.12.2014 eller 2014-12-31 (standard: dagen på fliken Asetukset, annars i dag)",
    en: "the day to check as of, e.g. 31.12.2014 or 2014-12-31 (default: the Asetukset sheet's day, else today)",
  },
};
const period: OptionSpec = {
  name: "period",
  kind: "period",
  help: {
    fi: "hakemuksen kausi: 1.1.2014–31.10.2014, 2014-01-01..2014-10-31, 2014, 2014Q3 tai 2014T2",
    sv: "ansökans period: 1.1.2014–31.10.2014, 2014-01-01..2014-10-31, 2014, 2014Q3 eller 2014T2",
    en: "the application's period: 1.1.2014–31.10.2014, 2014-01-01..2014-10-31, 2014, 2014Q3 or 2014T2",
  },
};
const outBook: OptionSpec = {
  name: "out",
  kind: "text",
  metavar: "NEW.xlsx",
  help: {
    fi: "kirjoita tulos uuteen työkirjaan (syöte jää ennalleen)",
    sv: "skriv resultatet i en ny arbetsbok (indata lämnas orörd)",
    en: "write the result into a new workbook (the input stays as it is)",
  },
};
const inPlace: OptionSpec = {
  name: "in-place",
  kind: "flag",
  help: {
    fi: "kirjoita työkirjaan itseensä; kopioi sen ensin tiedostoon KIRJA.backup-<aika>.xlsx",
    sv: "skriv i själva arbetsboken; kopierar den först till BOK.backup-<tid>.xlsx",
    en: "write into the workbook itself; copies it to BOOK.backup-<time>.xlsx first",
  },
};
const override: OptionSpec = {
  name: "override",
  kind: "flag",
  help: {
    fi: "jatka virheistä huolimatta (ohitus kirjataan hakemukseen)",
    sv: "fortsätt trots fel (åsidosättandet skrivs på ansökan)",
    en: "go on despite errors (the override is written on the application)",
  },
};
const format = (values: readonly string[], defaultValue: string, words: Words): OptionSpec => ({
  name: "format",
  kind: "choice",
  values,
  default: defaultValue,
  help: words,
});

const CHECK: CommandSpec = {
  name: "check",
  summary: {
    fi: "Tarkistaa työkirjan (tai CSV-kansion) ja kertoo, onko maksatushakemus valmis lähetettäväksi.",
    sv: "Kontrollerar arbetsboken (eller en mapp med CSV-filer) och säger om utbetalningsansökan kan skickas.",
    en: "Checks a workbook (or a folder of CSV files) and says whether the payment application is ready to send.",
  },
  operands: { metavar: "FILE.xlsx|CSV_FOLDER …", min: 1, max: Infinity },
  options: [
    format(["text", "json"], "text", {
      fi: "text luettavaksi (oletus), json skripteille (docs/json.md)",
      sv: "text för läsning (standard), json för skript (docs/json.md)",
      en: "text to read (default), json for scripts (docs/json.md)",
    }),
    asOf,
    {
      name: "budget",
      kind: "flag",
      help: {
        fi: "näytä myös budjetin käyttö",
        sv: "visa också budgetens användning",
        en: "also show the budget use",
      },
    },
    {
      name: "color",
      kind: "flag",
      help: {
        fi: "värit aina, myös putkeen (oletus: värit päätteessä, ellei NO_COLOR ole asetettu)",
        sv: "färger alltid, även i en pipe (standard: färger i en terminal om inte NO_COLOR är satt)",
        en: "colour always, even when piped (default: colour in a terminal unless NO_COLOR is set)",
      },
    },
    {
      name: "no-color",
      kind: "flag",
      help: { fi: "ei värejä", sv: "inga färger", en: "no colour" },
    },
    lang,
    help,
  ],
  exclusive: [["color", "no-color"]],
  required: [],
  examples: ["kaste check examples/lasse.xlsx", "kaste check examples/broken.xlsx --format json --lang en"],
};

const TEMPLATE: CommandSpec = {
  name: "template",
  summary: {
    fi: "Kirjoittaa tyhjän KASTE-työkirjan, jonka taulukot kaste check tunnistaa.",
    sv: "Skriver en tom KASTE-arbetsbok med tabellerna som kaste check känner igen.",
    en: "Writes an empty KASTE workbook with the tables kaste check recognises.",
  },
  operands: { metavar: "FILE.xlsx", min: 1, max: 1 },
  options: [force, lang, help],
  exclusive: [],
  required: [],
  examples: ["kaste template uusi-hanke.xlsx"],
};

const IMPORT: CommandSpec = {
  name: "import",
  summary: {
    fi: "Tuo kumppanin laskurivit (CSV tai .xlsx) kirjanpidon Laskut-taulukkoon; näyttää ensin, mitä lisätään.",
    sv: "För in en partners fakturarader (CSV eller .xlsx) i bokföringens tabell Laskut; visar först vad som läggs till.",
    en: "Imports a partner's invoice rows (CSV or .xlsx) into the ledger's Laskut table; shows first what is added.",
  },
  operands: { metavar: "PARTNER.csv|PARTNER.xlsx", min: 1, max: 1 },
  options: [
    {
      name: "into",
      kind: "text",
      metavar: "BOOK.xlsx",
      help: { fi: "kirjanpidon työkirja", sv: "bokföringens arbetsbok", en: "the ledger workbook" },
    },
    outBook,
    inPlace,
    {
      name: "dry-run",
      kind: "flag",
      help: {
        fi: "näytä vain, mitä tuotaisiin; mitään ei kirjoiteta",
        sv: "visa bara vad som skulle föras in; inget skrivs",
        en: "only show what would be imported; nothing is written",
      },
    },
    {
      name: "partner",
      kind: "text",
      metavar: "NAME",
      help: {
        fi: "laskuttaja riveille, joilta Laskuttaja-sarake puuttuu",
        sv: "fakturerare för rader utan kolumnen Laskuttaja",
        en: "the biller for rows of a file without a Laskuttaja column",
      },
    },
    format(["text", "json"], "text", {
      fi: "text luettavaksi (oletus) tai json",
      sv: "text för läsning (standard) eller json",
      en: "text to read (default) or json",
    }),
    force,
    lang,
    help,
  ],
  exclusive: [["out", "in-place", "dry-run"]],
  required: [["into"]],
  examples: ["kaste import kumppani.csv --into examples/lasse.xlsx --dry-run"],
};

const APPLICATION: CommandSpec = {
  name: "application",
  summary: {
    fi: "Laatii maksatushakemuksen luonnoksen kaudelta: luvut, hakemusvälilehti (kaavoin) ja CSV; virheet estävät.",
    sv: "Gör ett utkast till utbetalningsansökan för perioden: siffror, ansökningsflik (med formler) och CSV; fel stoppar.",
    en: "Drafts the payment application for a period: figures, an application sheet (live formulas) and CSV; errors block.",
  },
  operands: { metavar: "BOOK.xlsx", min: 1, max: 1 },
  options: [
    {
      ...period,
      help: {
        fi: `${period.help.fi} (oletus: seuraava hakematon kausi)`,
        sv: `${period.help.sv} (standard: nästa period som inte sökts)`,
        en: `${period.help.en} (default: the next period not yet applied for)`,
      },
    },
    {
      name: "out",
      kind: "text",
      metavar: "APP.xlsx",
      help: {
        fi: "kirjoita hakemustyökirja: hakemusvälilehti ja arvoina kirjanpidon välilehdet, joita sen kaavat lukevat",
        sv: "skriv ansökans arbetsbok: ansökningsfliken och, som värden, bokföringens flikar som dess formler läser",
        en: "write the application workbook: the application sheet and, as values, the ledger sheets its formulas read",
      },
    },
    inPlace,
    {
      name: "csv",
      kind: "text",
      metavar: "APP.csv",
      help: { fi: "luvut myös CSV-tiedostoon", sv: "siffrorna också i en CSV-fil", en: "the figures also as a CSV file" },
    },
    override,
    asOf,
    force,
    lang,
    help,
  ],
  exclusive: [["out", "in-place"]],
  required: [],
  examples: ["kaste application examples/lasse.xlsx --period 1.1.2014–31.12.2014"],
};

const MARK_SENT: CommandSpec = {
  name: "mark-sent",
  summary: {
    fi: "Merkitsee kauden hakemuksen lähetetyksi ja jäädyttää sen rivit; myöhemmät muutokset näkyvät tarkistuksessa.",
    sv: "Markerar periodens ansökan som skickad och fryser dess rader; senare ändringar syns i kontrollen.",
    en: "Marks the period's application as sent and freezes its rows; later changes show up in the check.",
  },
  operands: { metavar: "BOOK.xlsx", min: 1, max: 1 },
  options: [
    period,
    outBook,
    inPlace,
    {
      name: "sent",
      kind: "day",
      help: {
        fi: "lähetyspäivä (oletus: tänään)",
        sv: "dagen den skickades (standard: i dag)",
        en: "the day it was sent (default: today)",
      },
    },
    {
      name: "applied",
      kind: "text",
      metavar: "AMOUNT",
      help: {
        fi: "haettu summa, jos se poikkeaa lasketusta (esim. 12 345,67)",
        sv: "det sökta beloppet om det avviker från det beräknade (t.ex. 12 345,67)",
        en: "the amount applied for when it differs from the computed one (e.g. 12345.67)",
      },
    },
    {
      name: "undo",
      kind: "flag",
      help: {
        fi: "poistaa kauden lähetysmerkinnän (jäädytetyt rivit), jonka mark-sent kirjoitti",
        sv: "tar bort periodens markering som skickad (de frysta raderna) som mark-sent skrev",
        en: "removes the period's sent mark (the frozen rows) mark-sent wrote",
      },
    },
    override,
    asOf,
    force,
    lang,
    help,
  ],
  // --undo takes the mark away: what a mark would record (the day sent, the amount, an override) has no place beside it
  exclusive: [
    ["out", "in-place"],
    ["undo", "sent"],
    ["undo", "applied"],
    ["undo", "override"],
  ],
  required: [["period"], ["out", "in-place"]],
  examples: [
    "kaste mark-sent examples/lasse.xlsx --period 2014 --out lahetetty.xlsx",
    "kaste mark-sent lahetetty.xlsx --period 2014 --undo --in-place",
  ],
};

const LEDGER: CommandSpec = {
  name: "ledger",
  summary: {
    fi: "Kirjoittaa jäsennellyn kirjanpidon: JSON, CSV-kansio, hledger-päiväkirja tai Excel-taulukot.",
    sv: "Skriver den strukturerade bokföringen: JSON, en mapp med CSV, en hledger-journal eller Excel-tabeller.",
    en: "Writes the structured ledger: JSON, a folder of CSV files, an hledger journal or Excel tables.",
  },
  operands: { metavar: "BOOK.xlsx", min: 1, max: 1 },
  options: [
    format(["json", "csv", "journal", "xlsx"], "json", {
      fi: "json (oletus, schema/ledger.schema.json), csv, journal tai xlsx",
      sv: "json (standard, schema/ledger.schema.json), csv, journal eller xlsx",
      en: "json (default, schema/ledger.schema.json), csv, journal or xlsx",
    }),
    {
      name: "out",
      kind: "text",
      metavar: "FILE|FOLDER",
      help: {
        fi: "minne kirjoitetaan (json ja journal oletuksena tulosteeseen)",
        sv: "vart det skrivs (json och journal går som standard till utdata)",
        en: "where to write (json and journal go to stdout by default)",
      },
    },
    force,
    lang,
    help,
  ],
  exclusive: [],
  required: [],
  examples: ["kaste ledger examples/lasse.xlsx --format journal"],
};

const REPORT: CommandSpec = {
  name: "report",
  summary: {
    fi: "Laatii loppuselvityksen taulukot: toteutuneet kulut, rahoitus lähteittäin, budjetti ja toteuma, tilitys (100 €:n sääntö).",
    sv: "Gör slutrapportens tabeller: förverkligade kostnader, finansiering per källa, budget mot utfall, avräkningen (100 €-regeln).",
    en: "Builds the final report's tables: realised costs, funding by source, budget vs actual, the settlement (100 € rule).",
  },
  operands: { metavar: "BOOK.xlsx", min: 1, max: 1 },
  options: [
    {
      name: "final",
      kind: "flag",
      help: {
        fi: "loppuselvityksen taulukot (hankkeen koko ajalta)",
        sv: "slutrapportens tabeller (för hela projekttiden)",
        en: "the final report's tables (over the whole project)",
      },
    },
    format(["xlsx", "csv"], "xlsx", {
      fi: "xlsx (oletus: KASTE-loppuselvitys-välilehti kaavoin ja kirjanpidon taulukot) tai csv (luvut yhtenä tiedostona)",
      sv: "xlsx (standard: fliken KASTE-loppuselvitys med formler och bokföringens tabeller) eller csv (siffrorna i en fil)",
      en: "xlsx (default: the KASTE-loppuselvitys sheet with live formulas and the ledger's tables) or csv (the figures as one file)",
    }),
    {
      name: "out",
      kind: "text",
      metavar: "FILE",
      help: {
        fi: "minne kirjoitetaan (oletus: KIRJA-loppuselvitys.xlsx tai .csv kirjan viereen)",
        sv: "vart det skrivs (standard: BOK-loppuselvitys.xlsx eller .csv bredvid boken)",
        en: "where to write (default: BOOK-loppuselvitys.xlsx or .csv beside the book)",
      },
    },
    force,
    lang,
    help,
  ],
  exclusive: [],
  required: [["final"]],
  examples: ["kaste report examples/lasse.xlsx --final", "kaste report examples/lasse.xlsx --final --format csv --lang sv"],
};

const PROGRAMME: CommandSpec = {
  name: "programme",
  summary: {
    fi: "Tarkistaa kansion kaikki työkirjat ja tekee ohjelmatason yhteenvedon.",
    sv: "Kontrollerar alla arbetsböcker i en mapp och gör en sammanställning på programnivå.",
    en: "Checks every workbook of a folder and sums them up for the programme.",
  },
  operands: { metavar: "FOLDER", min: 1, max: 1 },
  options: [
    format(["text", "json", "csv"], "text", {
      fi: "text (oletus), json tai csv",
      sv: "text (standard), json eller csv",
      en: "text (default), json or csv",
    }),
    {
      name: "out",
      kind: "text",
      metavar: "SUMMARY.xlsx",
      help: { fi: "yhteenveto myös työkirjaksi", sv: "sammanställningen också som arbetsbok", en: "the summary also as a workbook" },
    },
    {
      name: "workers",
      kind: "count",
      min: 1,
      max: 64,
      metavar: "N",
      help: {
        fi: "rinnakkaisten tarkistusten määrä (oletus: ytimien määrä)",
        sv: "antal parallella kontroller (standard: antal kärnor)",
        en: "how many checks run at once (default: the number of cores)",
      },
    },
    asOf,
    force,
    lang,
    help,
  ],
  exclusive: [],
  required: [],
  examples: ["kaste programme examples"],
};

const MAP: CommandSpec = {
  name: "map",
  summary: {
    fi: "Kertoo, mikä sarake on mikä, kun otsikoita ei tunnistettu; ilman valitsimia listaa kohdistettavat sarakkeet.",
    sv: "Säger vilken kolumn som är vilken när rubrikerna inte kändes igen; utan flaggor listas det som kan mappas.",
    en: "Says which column is which where the headers were not recognised; without options it lists what to map.",
  },
  operands: { metavar: "BOOK.xlsx", min: 1, max: 1 },
  options: [
    {
      name: "table",
      kind: "text",
      metavar: "TABLE",
      help: { fi: "taulukko, esim. invoices", sv: "tabellen, t.ex. invoices", en: "the table, e.g. invoices" },
    },
    { name: "sheet", kind: "text", metavar: "SHEET", help: { fi: "välilehti", sv: "fliken", en: "the sheet" } },
    {
      name: "row",
      kind: "text",
      metavar: "ROW",
      help: { fi: "otsikkorivin numero", sv: "rubrikradens nummer", en: "the header row's number" },
    },
    {
      name: "column",
      kind: "text",
      metavar: "LETTER",
      help: { fi: "sarakkeen kirjain", sv: "kolumnens bokstav", en: "the column's letter" },
    },
    {
      name: "field",
      kind: "text",
      metavar: "FIELD",
      help: { fi: "kenttä, esim. net", sv: "fältet, t.ex. net", en: "the field, e.g. net" },
    },
    {
      name: "account",
      kind: "text",
      metavar: "NUMBER=LINE",
      help: {
        fi: "tilinumeron tilikohta pääkirjaotteelle, jossa tilit ovat vain numeroina, esim. 4010=Henkilöstökulut",
        sv: "kontonumrets kostnadsslag för ett huvudboksutdrag med konton bara som nummer, t.ex. 4010=Personalkostnader",
        en: "an account number's cost line, for a general-ledger export naming accounts by number only, e.g. 4010=Staff costs",
      },
    },
    outBook,
    inPlace,
    force,
    lang,
    help,
  ],
  exclusive: [["out", "in-place"]],
  required: [],
  examples: ["kaste map examples/broken.xlsx", "kaste map BOOK.xlsx --account 4010=Henkilöstökulut --in-place"],
};

const SCHEMA: CommandSpec = {
  name: "schema",
  summary: {
    fi: "Tulostaa JSON-skeeman: check (kaste check --format json, oletus) tai ledger (kaste ledger --format json); docs/json.md.",
    sv: "Skriver ut JSON-schemat: check (kaste check --format json, standard) eller ledger (kaste ledger --format json); docs/json.md.",
    en: "Prints the JSON Schema: check (kaste check --format json, the default) or ledger (kaste ledger --format json); docs/json.md.",
  },
  operands: { metavar: "[check|ledger]", min: 0, max: 1 },
  options: [lang, help],
  exclusive: [],
  required: [],
  examples: ["kaste schema", "kaste schema ledger"],
};

const HELP: CommandSpec = {
  name: "help",
  summary: {
    fi: "Näyttää komentojen ohjeen, tai yhden komennon valitsimet.",
    sv: "Visar hjälpen för kommandona, eller för ett kommandos flaggor.",
    en: "Shows the commands, or one command's options.",
  },
  operands: { metavar: "[COMMAND]", min: 0, max: 1 },
  options: [lang, help],
  exclusive: [],
  required: [],
  examples: ["kaste help check"],
};

export const COMMANDS: readonly CommandSpec[] = [
  CHECK,
  TEMPLATE,
  IMPORT,
  APPLICATION,
  MARK_SENT,
  LEDGER,
  REPORT,
  PROGRAMME,
  MAP,
  SCHEMA,
  HELP,
];

export function commandSpec(name: string): CommandSpec | undefined {
  return COMMANDS.find((command) => command.name === name);
}

/** The options `kaste` takes without a command. */
export const TOP_OPTIONS: readonly OptionSpec[] = [
  { name: "version", kind: "flag", help: { fi: "ohjelman versio", sv: "programmets version", en: "the tool's version" } },
  lang,
  help,
];
