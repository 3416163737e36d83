import type { Messages } from "./types";

export const sv: Messages = {
  TABLE_NOT_FOUND: (p) => `Tabellen ${p.table} hittades inte på något blad; den behöver rubrikerna ${p.headers}.${p.near ?? ""}`,
  COLUMN_NOT_UNDERSTOOD: (p) =>
    `Kolumnrubriken "${p.header}" i tabellen ${p.table} kändes inte igen; kolumnen lämnas utanför kontrollerna.`,
  REQUIRED_MISSING: (p) => `Det obligatoriska värdet "${p.field}" saknas.`,
  VALUE_NOT_A_NUMBER: (p) =>
    `"${p.value}" är inte ${p.why === "ambiguous" ? "ett entydigt belopp (är avgränsaren decimal- eller tusentalsavgränsare?)" : p.why === "subcent" ? "ett belopp på centen" : "ett tal"} (${p.field}).`,
  VALUE_NOT_A_DATE: (p) => `"${p.value}" är inte ett datum (${p.field}).`,
  VALUE_NOT_UNDERSTOOD: (p) => `"${p.value}" är inte ett tillåtet värde för ${p.field}; tillåtna: ${p.allowed}.`,
  SETTING_INVALID: (p) =>
    `Inställningen ${p.setting} = ${p.value} är inte tillåten: tillåtet värde är ${p.min}–${p.max}${p.unit === "days" ? " dagar" : p.unit === "months" ? " månader" : ""}. Kontrollerna använder standardvärdet.`,
  CELL_FORMULA_ERROR: (p) => `Cellen innehåller Excel-felet ${p.value}.`,
  TABLE_NOT_READ: (p) =>
    p.why === "sheets"
      ? `Fakturorna på bladet ${p.sheetName} lästes inte: varje rad finns också på bladen ${p.copyOf ?? ""}, så bladet är deras sammandrag, och läst skulle det räkna kostnaderna två gånger.`
      : p.why === "copy"
        ? `Fakturorna på bladet ${p.sheetName} lästes inte: varje rad finns också på bladet ${p.copyOf ?? ""}, så bladet är en kopia av bokföringen, och läst skulle det räkna kostnaderna två gånger. Ta bort kopian eller flytta dess nya rader till den egentliga bokföringen.`
        : p.why === "summary"
          ? `Månadstabellen på bladet ${p.sheetName} lästes inte som fakturor: varje summa i den finns redan på bokföringens rader (partner, månad och kostnadsslag), så läst skulle den räkna kostnaderna två gånger.`
          : `Månadstabellen på bladet ${p.sheetName} lästes inte som fakturor: dess namn eller rubrik nämner ingen partner i tabellen Kumppanit, så dess kostnader finns inte med i kontrollerna. Skriv partnerns namn i bladets namn eller ovanför tabellen om tabellen är en partners månadsspecifikation.`,
  ROWS_SKIPPED_NOISE: (p) =>
    `${p.noise === "header" ? "En upprepad rubrikrad" : p.noise === "pageFooter" ? "En sidfot (som Sida 2 av 5)" : "En sidsumma eller transportrad (som Sidans summa, Transport)"} hoppades över ${p.first === p.last ? `en gång på rad ${p.first}` : `${p.count} gånger på raderna ${p.first}–${p.last}`}; rapportens mellanrader läses inte som tabellens rader och räknas inte med i summorna.`,
  FORMULA_NOT_CALCULATED: (p) =>
    `Cellerna ${p.cells} (${p.count} st.) har en formel (=${p.formula}) men inget beräknat värde, så de läses som tomma. Öppna filen i Excel eller LibreOffice och spara den (eller räkna om formlerna, Ctrl+Alt+F9 / Ctrl+Skift+F9), så sparas värdena.`,
  FORMULA_COMPUTED: (p) =>
    `Cellerna ${p.cells} (${p.count} st.) har en formel (=${p.formula}) utan sparat värde; KASTE Ledger beräknade den själv, så som Excel skulle.`,
  DATE_ORDER_ASSUMED: (p) =>
    `Datumen i kolumnen "${p.field}" (som ${p.sample}) kan läsas både dag/månad och månad/dag, och inget värde avgör ordningen; de lästes ${p.order === "dayFirst" ? "dag först" : "månad först"}${p.why === "otherColumn" ? `, som datumen i kolumnen "${p.other}", där ordningen syns` : " (standard)"}. Kontrollera några datum.`,
  MAPPING_IGNORED: (p) =>
    p.why === "header"
      ? `Kolumnmappningen till fältet "${p.field}" (${p.table}) användes inte: kolumnens rubrik var "${p.header || "(tom)"}" vid mappningen, nu "${p.now || "(tom)"}". Mappa kolumnen på nytt (kaste map eller aktivitetsfönstret).`
      : p.why === "sheet"
        ? `Kolumnmappningen (rad ${p.row}) användes inte: bladet ${p.sheetName} finns inte längre.`
        : `Rad ${p.row} i kolumnmappningen hoppades över: ${
            {
              table: `tabellen "${p.value}" är okänd; alternativ: ${p.allowed}.`,
              sheet: "bladets namn saknas.",
              headerRow: `rubrikraden "${p.value}" är inget radnummer ${p.allowed}.`,
              column: `kolumnen "${p.value}" är ingen kolumnbokstav ${p.allowed}.`,
              field: `fältet "${p.value}" är okänt; alternativ: ${p.allowed}.`,
            }[p.part]
          }`,
  COFUND_STATE_OVER_RATE: (p) =>
    `Statsunderstödet ${p.state} överstiger ${p.rate} av de godtagbara kostnaderna ${p.eligible} (${p.scope === "plan" ? "projektplanen" : `utbetalningsansökan för ${p.start}–${p.end}`}); högst ${p.max}, över med ${p.over}.`,
  COFUND_RATE_OVER_MAX: (p) =>
    `Valtionavustus-% (statsunderstödets andel) ${p.rate} överstiger KASTE-understödets högsta ${p.max}; kontrollerna använder ${p.max}.`,
  COFUND_MUNI_UNDER_MIN: (p) =>
    `Kommunandelen ${p.municipal} är under ${p.minRate} av de godtagbara kostnaderna ${p.eligible}; minst ${p.min}, saknas ${p.under}.`,
  COFUND_SPLIT_MISMATCH: (p) =>
    `Finansieringen stämmer inte: statsunderstöd + kommunandel + annan finansiering + intäkter = ${p.sum}, godtagbara kostnader ${p.eligible} (skillnad ${p.difference}).`,
  COFUND_DEFICIT_EXCEEDED: (p) =>
    `Statsunderstödet ${p.state} är större än underskottet ${p.deficit} (godtagbara kostnader − annan finansiering − intäkter).`,
  VAT_UNKNOWN: (p) =>
    `Beloppet inkluderar moms men det finns ingen momskolumn och ${p.partner} får momsen tillbaka: nettokostnaden är okänd.`,
  COST_INELIGIBLE: (p) =>
    `"${p.description}" (${p.category}) är inte en kostnad som berättigar till statsunderstöd, men raden är markerad som godtagbar.`,
  INVOICE_MONTH_MISSING: (p) => `Fast faktura från ${p.partner} saknas för månaden ${p.start}–${p.end} (väntad senast ${p.due}).`,
  INVOICE_MONTH_OVERLAP: (p) =>
    `Den fasta fakturan ${p.number} från ${p.partner} täcker månaden ${p.start}–${p.end}, som redan täcks av faktura ${p.other}.`,
  INVOICE_PERIOD_MISALIGNED: (p) =>
    `Perioden ${p.start}–${p.end} för faktura ${p.number} från ${p.partner} är inte ${p.scheme === "month" ? "en kalendermånad" : p.scheme === "quarter" ? "en utjämningsperiod" : "en tertial (1–4, 5–8 eller 9–12)"}; väntad ${p.expectedStart}–${p.expectedEnd}.`,
  RECONCILIATION_MISSING: (p) => `Utjämningsfaktura från ${p.partner} saknas för perioden ${p.start}–${p.end} (väntad senast ${p.due}).`,
  RECONCILIATION_MISMATCH: (p) =>
    `Utjämningsfakturan ${p.number} från ${p.partner} för perioden ${p.start}–${p.end} är ${p.billed}, men de verkliga kostnaderna ${p.realised} − periodens fasta fakturor ${p.fixed} = ${p.expected} (skillnad ${p.difference}).`,
  STARTUP_NOT_FIRST: (p) =>
    `Uppstartskostnaderna från ${p.partner} finns på faktura ${p.number}, fast den första fakturan är ${p.first} (${p.firstDate}); uppstartskostnader faktureras bara med den första fakturan.`,
  INVOICE_TERTIAL_MISSING: (p) => `Faktura från ${p.partner} saknas för tertialen ${p.start}–${p.end} (väntad senast ${p.due}).`,
  INVOICE_TERTIAL_OVERLAP: (p) =>
    `Faktura ${p.number} från ${p.partner} täcker tertialen ${p.start}–${p.end}, som redan täcks av faktura ${p.other}.`,
  INVOICE_OUTSIDE_PROJECT: (p) =>
    `Perioden ${p.start}–${p.end} för faktura ${p.number} från ${p.partner} går utanför projektperioden ${p.projectStart}–${p.projectEnd}.`,
  INVOICE_OUTSIDE_PARTNER_WINDOW: (p) =>
    `Perioden ${p.start}–${p.end} för faktura ${p.number} från ${p.partner} går utanför partnerns avtalsperiod ${p.windowStart}–${p.windowEnd}.`,
  INVOICE_DUPLICATE: (p) =>
    p.what === "line"
      ? `Faktura ${p.number} från ${p.partner} har samma rad två gånger (även ${p.first}): samma kostnadsslag, period och belopp.`
      : `Fakturanummer ${p.number} från ${p.partner} används med ${p.what === "date" ? "olika datum" : "olika perioder"}: ${p.value}, men ${p.first}: ${p.other}.`,
  INVOICE_UNCHECKED: (p) =>
    p.scope === "column"
      ? `Tabellen Laskut har ingen kolumn för granskare: fakturornas granskning kan inte konstateras.`
      : `${invoiceSv(p)} är inte granskad (granskare saknas).`,
  INVOICE_UNAPPROVED: (p) =>
    p.scope === "column"
      ? `Tabellen Laskut har ingen kolumn för godkännare: fakturornas godkännande kan inte konstateras.`
      : `${invoiceSv(p)} är inte godkänd (godkännare saknas).`,
  INVOICE_SAME_CHECKER_APPROVER: (p) =>
    `Faktura ${p.number} från ${p.partner} är granskad och godkänd av samma person (${p.person}); de ska vara olika personer.`,
  INVOICE_UNKNOWN_PARTNER: (p) =>
    `Faktureraren ${p.partner} (${p.rows} rader) finns inte i tabellen Kumppanit.${p.suggestion ? ` Avsågs ${p.suggestion}?` : ""}`,
  BUDGET_LINE_OVERRUN: (p) =>
    `Kostnadsslaget ${p.line || "(inget kostnadsslag)"} (${p.partner || "gemensam andel"}) överskrids år ${p.year}: utfall ${p.realised}, budget ${p.budget} (användning ${p.use}), överskridning ${p.over}.`,
  BUDGET_TOTAL_OVERRUN: (p) =>
    `Budgeten för år ${p.year} överskrids (${p.scope === "project" ? "hela projektet" : p.partner || "gemensam andel"}): utfall ${p.realised}, budget ${p.budget} (användning ${p.use}), överskridning ${p.over}.`,
  BUDGET_UNDERUSE: (p) =>
    `Budgetanvändningen för år ${p.year} släpar efter (${p.scope === "project" ? "hela projektet" : p.partner || "gemensam andel"}): använt ${p.use} (${p.realised} / ${p.budget}), förfluten tid ${p.elapsed}; takten ${p.pace} av tiden är under gränsen ${p.threshold}. Oanvänt understöd återbetalas.`,
  BUDGET_NO_LINE: (p) =>
    p.scope === "year"
      ? `Kostnader har bokförts för år ${p.year}, men budgeten har inga rader för år ${p.year}.`
      : p.scope === "partner"
        ? `Kostnader har bokförts för ${p.partner || "den gemensamma andelen"} år ${p.year}, men den har ingen budget för det året.`
        : `Kostnadsslaget ${p.line || "(inget kostnadsslag)"} har ingen budget (${p.partner || "gemensam andel"}, år ${p.year}), men utfallet är ${p.realised}.`,
  BUDGET_VERSION_AMBIGUOUS: (p) =>
    `År ${p.year} har två fastställda budgetar (${p.partner || "gemensam andel"}, ${p.line || "inget kostnadsslag"}): ${p.amount} och ${p.other} (${p.otherCell}); den här, senare, används. Markera den ena som reviderad eller ta bort den.`,
  MUNI_SHARES_MISMATCH: (p) =>
    `Kommunandelarna för år ${p.year} är sammanlagt ${p.sum}, men ska vara ${p.expected} (budget ${p.budget} − statsunderstöd ${p.rate}); skillnad ${p.difference}.`,
  MUNI_DUPLICATE: (p) => `Kommunen ${p.municipality} finns två gånger år ${p.year} (även ${p.first}).`,
  MUNI_MISSING: (p) =>
    `Kommunen ${p.municipality} har en kommunandel år ${p.other} men inte år ${p.year}; har den anslutit sig till en betalare (t.ex. en samkommun)?`,
  APPLICATION_PERIOD_GAP: (p) =>
    p.what === "projectStart"
      ? `Den första utbetalningsansökan ${p.number} börjar ${p.start}, men projektet börjar ${p.projectStart}; ansökningarna ska täcka projektperioden från början.`
      : p.what === "beforeStart"
        ? `Den första utbetalningsansökan ${p.number} börjar ${p.start}, innan projektet börjar ${p.projectStart}; en ansökans period börjar tidigast när projektet börjar.`
        : `Mellan utbetalningsansökningarna ${p.previous} och ${p.number} finns perioden ${p.gapStart}–${p.gapEnd}, som ingen ansökan täcker.`,
  APPLICATION_PERIOD_OVERLAP: (p) =>
    `Perioden för utbetalningsansökan ${p.number} överlappar ansökan ${p.previous} under ${p.overlapStart}–${p.overlapEnd}.`,
  APPLICATION_ORDER: (p) =>
    p.what === "reversed"
      ? `Perioden för utbetalningsansökan ${p.number} slutar (${p.end}) innan den börjar (${p.start}).`
      : `Utbetalningsansökan ${p.number} (börjar ${p.start}) står efter ansökan ${p.previous} (börjar ${p.previousStart}); ordna ansökningarna i datumordning.`,
  APPLICATION_OVER_RATE: (p) =>
    `Till och med utbetalningsansökan ${p.number} (${p.end}) har sammanlagt ${p.applied} sökts, mer än ${p.rate} av de godtagbara kostnaderna ${p.realised} hittills: högst ${p.max}, överskridning ${p.over}.`,
  APPLICATION_COSTS_OUTSIDE: (p) =>
    `Projektet har avslutats, men godtagbara kostnader på ${p.total} för ${p.from}–${p.to} (${p.rows} rader, den första ${p.first}) ingår inte i någon utbetalningsansökan.`,
  FINAL_REPORT_DUE: (p) =>
    `Projektet slutade ${p.end}; slutrapporten ska lämnas senast ${p.due} (${p.late ? `försenad ${p.days} dagar` : `${p.days} dagar kvar`}).`,
  CHANGE_REQUEST_WINDOW: (p) => `Projektet slutar ${p.end}: det återstår bara ${p.days} dagar att lämna en ändringsansökan.`,
  REPAYMENT_UNDER_100: (p) =>
    `Statsunderstöd har betalats ut ${p.paid}, ${p.amount} mer än kostnaderna berättigar till (${p.allowed}); belopp på högst ${p.threshold} behöver inte återbetalas.`,
  CLAIMED_ROW_CHANGED: (p) =>
    `En rad som sökts i utbetalningsansökan ${p.application} (${p.start}–${p.end}) har ändrats efter att ansökan skickades: ${p.partner} ${p.number}, ${p.field}: ${p.old} → ${p.new}.`,
  CLAIMED_ROW_DELETED: (p) =>
    `En rad som sökts i utbetalningsansökan ${p.application} (${p.start}–${p.end}) saknas i bokföringen: ${p.partner} ${p.number}, ${p.line || "inget kostnadsslag"}, ${p.amount} (var ${p.origin}).`,
  CLAIMED_TOTAL_CHANGED: (p) =>
    `De godtagbara kostnaderna i utbetalningsansökan ${p.application} (${p.start}–${p.end}) var ${p.old} när den skickades, nu ${p.new} (skillnad ${p.difference}).`,
  CLAIMS_ROW_INVALID: (p) =>
    `Uppgiften "${p.header}" på raden i bladet över skickade ansökningar kan inte läsas (bladet har ändrats); ansökan jämförs inte med bokföringen. Markera ansökan som skickad på nytt.`,
  IMPORT_CONFLICT: (p) =>
    `Faktura ${p.number} från ${p.partner} finns redan i bokföringen (${p.existing}), men denna rad avviker (${p.differs
      .split(",")
      .map(
        (d) =>
          ({ amount: "belopp", line: "kostnadsslag", period: "period", duplicate: "raden finns oftare i filen än i bokföringen" })[d] ?? d,
      )
      .join(
        ", ",
      )}): i filen ${p.fileAmount}, ${p.fileLine || "inget kostnadsslag"}, ${p.fileStart}–${p.fileEnd}; i bokföringen ${p.ledgerAmount}, ${p.ledgerLine || "inget kostnadsslag"}, ${p.ledgerStart}–${p.ledgerEnd}. Raden importeras inte; rätta för hand.`,
  IMPORT_ROW_BROKEN: (p) =>
    p.what === "quotes"
      ? `Radens kolumner kan inte skiljas åt: ett citattecken stängs inte. Raden importeras inte.`
      : `Raden har värdet "${p.value}" till höger om den sista rubriken (fel avgränsare eller belopp med komma utan citattecken?). Raden importeras inte.`,
  IMPORT_NET_UNKNOWN: (p) =>
    `Faktura ${p.number} från ${p.partner} har bara ett belopp inklusive moms och ingen moms, och Laskut har ingen kolumn för det. Raden importeras inte.`,
  IMPORT_INVOICE_HELD: (p) =>
    `En annan rad i faktura ${p.number} från ${p.partner} är felaktig (${p.bad}), så inte heller den här raden importeras: fakturan importeras hel när felet är rättat.`,
  IMPORT_COLUMN_DROPPED: (p) => `Kolumnen "${p.header}" har ingen motsvarighet i tabellen Laskut; dess värden importeras inte.`,
  IMPORT_TARGET_FULL: (p) =>
    `${p.rows} rader kan inte läggas till under tabellen Laskut: en annan tabell börjar vid ${p.next}. Flytta den.`,
  IMPORT_TARGET_ACROSS: (p) =>
    `Fakturatabellen på bladet ${p.sheet} är ställd på tvären (kostnadsposter eller månader som kolumner). Importen lägger varje fakturarad på en egen rad och behöver därför en fakturatabell med en fakturarad per rad. Inget importeras.`,
  APPLICATION_FORMULA_MISMATCH: (p) =>
    p.noFormula
      ? `Ansökans tal (${p.label}) är skrivet som bibliotekets värde ${p.library}, inte som formel: ${p.noFormula === "period" ? "en formel kan inte följa fakturatabellens enda periodkolumn (som 3/2014)" : `cellen ${p.cells} som formeln skulle hänvisa till är inte ett tal`}.`
      : `Ansökans formel (${p.label}) skulle ge ${p.formula}, men biblioteket räknar ${p.library}${p.cells ? `: cellerna ${p.cells} är inte tal eller datum` : ""}. Bladet visar båda; rätta cellerna.`,
};

/** An invoice as INVOICE_UNCHECKED and INVOICE_UNAPPROVED name it; a line without a biller names none (not "från  är"). */
function invoiceSv(p: { readonly partner: string; readonly number: string }): string {
  return p.partner ? `Faktura ${p.number} från ${p.partner}` : `Faktura ${p.number}`;
}
