import type { Messages } from "./types";

export const fi: Messages = {
  TABLE_NOT_FOUND: (p) => `Taulukkoa ${p.table} ei löytynyt miltään välilehdeltä; tarvittavia otsikoita: ${p.headers}.${p.near ?? ""}`,
  COLUMN_NOT_UNDERSTOOD: (p) =>
    `Sarakkeen otsikkoa "${p.header}" ei tunnistettu taulukossa ${p.table}; sarake jätetään huomiotta tarkistuksissa.`,
  REQUIRED_MISSING: (p) => `Pakollinen tieto "${p.field}" puuttuu.`,
  VALUE_NOT_A_NUMBER: (p) =>
    `"${p.value}" ei ole ${p.why === "ambiguous" ? "yksiselitteinen summa (onko erotin desimaali- vai tuhaterotin?)" : p.why === "subcent" ? "summa sentin tarkkuudella" : "luku"} (${p.field}).`,
  VALUE_NOT_A_DATE: (p) => `"${p.value}" ei ole päivämäärä (${p.field}).`,
  VALUE_NOT_UNDERSTOOD: (p) => `"${p.value}" ei ole sallittu arvo sarakkeessa ${p.field}; sallitut: ${p.allowed}.`,
  SETTING_INVALID: (p) =>
    `Asetus ${p.setting} = ${p.value} ei ole sallittu: sallittu arvo on ${p.min}–${p.max}${p.unit === "days" ? " päivää" : p.unit === "months" ? " kuukautta" : ""}. Tarkistuksissa käytetään oletusarvoa.`,
  CELL_FORMULA_ERROR: (p) => `Solussa on Excelin virhe ${p.value}.`,
  TABLE_NOT_READ: (p) =>
    p.why === "sheets"
      ? `Välilehden ${p.sheetName} laskuja ei luettu: sen jokainen rivi on myös välilehdillä ${p.copyOf ?? ""}, joten se on niiden yhteenveto, ja luettuna se laskisi kulut kahteen kertaan.`
      : p.why === "copy"
        ? `Välilehden ${p.sheetName} laskuja ei luettu: sen jokainen rivi on myös välilehdellä ${p.copyOf ?? ""}, joten se on kirjanpidon kopio, ja luettuna se laskisi kulut kahteen kertaan. Poista kopio tai siirrä sen uudet rivit varsinaiseen kirjanpitoon.`
        : p.why === "summary"
          ? `Välilehden ${p.sheetName} kuukausittaista taulukkoa ei luettu laskuiksi: sen jokainen summa on jo kirjanpidon riveissä (kumppani, kuukausi ja tilikohta), joten luettuna se laskisi kulut kahteen kertaan.`
          : `Välilehden ${p.sheetName} kuukausittaista taulukkoa ei luettu laskuiksi: sen nimi tai otsikko ei nimeä yhtään Kumppanit-taulukon kumppania, joten sen kulut eivät ole tarkistuksissa. Kirjoita kumppanin nimi välilehden nimeen tai taulukon yläpuolelle, jos taulukko on kumppanin kuukausierittely.`,
  ROWS_SKIPPED_NOISE: (p) =>
    `${p.noise === "header" ? "Toistettu otsikkorivi" : p.noise === "pageFooter" ? "Sivun alatunniste (kuten Sivu 2/5)" : "Sivusumma tai siirtorivi (kuten Sivun summa, Siirto)"} ohitettiin ${p.first === p.last ? `kerran rivillä ${p.first}` : `${p.count} kertaa riveillä ${p.first}–${p.last}`}; raportin välirivejä ei lueta taulukon riveiksi eikä lasketa summiin.`,
  FORMULA_NOT_CALCULATED: (p) =>
    `Soluissa ${p.cells} (${p.count} kpl) on kaava (=${p.formula}) mutta ei laskettua arvoa, joten ne luetaan tyhjinä. Avaa tiedosto Excelissä tai LibreOfficessa ja tallenna se (tai laske kaavat uudelleen, Ctrl+Alt+F9 / Ctrl+Shift+F9), niin arvot tallentuvat.`,
  FORMULA_COMPUTED: (p) =>
    `Soluissa ${p.cells} (${p.count} kpl) on kaava (=${p.formula}) ilman tallennettua arvoa; KASTE Ledger laski sen itse, kuten Excel laskisi.`,
  DATE_ORDER_ASSUMED: (p) =>
    `Sarakkeen "${p.field}" päivämäärät (kuten ${p.sample}) voi lukea sekä päivä/kuukausi että kuukausi/päivä, eikä mikään arvo ratkaise järjestystä; ne luettiin ${p.order === "dayFirst" ? "päivä ensin" : "kuukausi ensin"}${p.why === "otherColumn" ? `, kuten sarakkeen "${p.other}" päivämäärät, joissa järjestys näkyy` : " (oletus)"}. Tarkista pari päivämäärää.`,
  MAPPING_IGNORED: (p) =>
    p.why === "header"
      ? `Sarakkeen kohdistusta kenttään "${p.field}" (${p.table}) ei käytetty: sarakkeen otsikko oli kohdistettaessa "${p.header || "(tyhjä)"}", nyt "${p.now || "(tyhjä)"}". Kohdista sarake uudelleen (kaste map tai tehtäväruutu).`
      : p.why === "sheet"
        ? `Sarakkeiden kohdistusta (rivi ${p.row}) ei käytetty: välilehteä ${p.sheetName} ei enää ole.`
        : `Sarakkeiden kohdistuksen rivi ${p.row} ohitettiin: ${
            {
              table: `taulukko "${p.value}" on tuntematon; vaihtoehdot: ${p.allowed}.`,
              sheet: "välilehden nimi puuttuu.",
              headerRow: `otsikkorivi "${p.value}" ei ole rivinumero ${p.allowed}.`,
              column: `sarake "${p.value}" ei ole sarakekirjain ${p.allowed}.`,
              field: `kenttä "${p.value}" on tuntematon; vaihtoehdot: ${p.allowed}.`,
            }[p.part]
          }`,
  COFUND_STATE_OVER_RATE: (p) =>
    `Valtionavustus ${p.state} ylittää ${p.rate} hyväksyttävistä kustannuksista ${p.eligible} (${p.scope === "plan" ? "hankesuunnitelma" : `maksatushakemus ${p.start}–${p.end}`}); enintään ${p.max}, ylitys ${p.over}.`,
  COFUND_RATE_OVER_MAX: (p) => `Valtionavustus-% ${p.rate} ylittää KASTE-avustuksen enintään ${p.max}; tarkistukset käyttävät ${p.max}.`,
  COFUND_MUNI_UNDER_MIN: (p) =>
    `Kuntaosuus ${p.municipal} jää alle ${p.minRate} hyväksyttävistä kustannuksista ${p.eligible}; vähintään ${p.min}, vajaus ${p.under}.`,
  COFUND_SPLIT_MISMATCH: (p) =>
    `Rahoitus ei täsmää: valtionavustus + kuntaosuus + muu rahoitus + tulot = ${p.sum}, hyväksyttävät kustannukset ${p.eligible} (ero ${p.difference}).`,
  COFUND_DEFICIT_EXCEEDED: (p) =>
    `Valtionavustus ${p.state} on suurempi kuin alijäämä ${p.deficit} (hyväksyttävät kustannukset − muu rahoitus − tulot).`,
  VAT_UNKNOWN: (p) =>
    `Summa sisältää ALV:n, mutta ALV-saraketta ei ole ja ${p.partner} saa ALV:n palautuksen: verotonta kustannusta ei tiedetä.`,
  COST_INELIGIBLE: (p) =>
    `"${p.description}" (${p.category}) ei ole valtionavustukseen oikeuttava meno, mutta rivi on merkitty hyväksyttäväksi.`,
  INVOICE_MONTH_MISSING: (p) =>
    `Kumppanilta ${p.partner} puuttuu kiinteä lasku kuukaudelta ${p.start}–${p.end} (odotettu viimeistään ${p.due}).`,
  INVOICE_MONTH_OVERLAP: (p) =>
    `Kumppanin ${p.partner} kiinteä lasku ${p.number} kattaa kuukauden ${p.start}–${p.end}, jonka kattaa jo lasku ${p.other}.`,
  INVOICE_PERIOD_MISALIGNED: (p) =>
    `Kumppanin ${p.partner} laskun ${p.number} jakso ${p.start}–${p.end} ei ole ${p.scheme === "month" ? "yksi kalenterikuukausi" : p.scheme === "quarter" ? "yksi tasausjakso" : "yksi kolmannes (1–4, 5–8 tai 9–12)"}; odotettu ${p.expectedStart}–${p.expectedEnd}.`,
  RECONCILIATION_MISSING: (p) =>
    `Kumppanilta ${p.partner} puuttuu tasauslasku jaksolta ${p.start}–${p.end} (odotettu viimeistään ${p.due}).`,
  RECONCILIATION_MISMATCH: (p) =>
    `Kumppanin ${p.partner} tasauslasku ${p.number} jaksolta ${p.start}–${p.end} on ${p.billed}, mutta toteutuneet kulut ${p.realised} − jakson kiinteät laskut ${p.fixed} = ${p.expected} (ero ${p.difference}).`,
  STARTUP_NOT_FIRST: (p) =>
    `Kumppanin ${p.partner} käynnistyskulut ovat laskulla ${p.number}, vaikka ensimmäinen lasku on ${p.first} (${p.firstDate}); käynnistyskulut laskutetaan vain ensimmäisellä laskulla.`,
  INVOICE_TERTIAL_MISSING: (p) =>
    `Kumppanilta ${p.partner} puuttuu lasku kolmannekselta ${p.start}–${p.end} (odotettu viimeistään ${p.due}).`,
  INVOICE_TERTIAL_OVERLAP: (p) =>
    `Kumppanin ${p.partner} lasku ${p.number} kattaa kolmanneksen ${p.start}–${p.end}, jonka kattaa jo lasku ${p.other}.`,
  INVOICE_OUTSIDE_PROJECT: (p) =>
    `Kumppanin ${p.partner} laskun ${p.number} jakso ${p.start}–${p.end} ulottuu hankekauden ${p.projectStart}–${p.projectEnd} ulkopuolelle.`,
  INVOICE_OUTSIDE_PARTNER_WINDOW: (p) =>
    `Kumppanin ${p.partner} laskun ${p.number} jakso ${p.start}–${p.end} ulottuu kumppanin sopimuskauden ${p.windowStart}–${p.windowEnd} ulkopuolelle.`,
  INVOICE_DUPLICATE: (p) =>
    p.what === "line"
      ? `Kumppanin ${p.partner} laskulla ${p.number} sama rivi on kahdesti (myös ${p.first}): sama tilikohta, jakso ja summa.`
      : `Kumppanin ${p.partner} laskunumero ${p.number} on käytetty ${p.what === "date" ? "eri päivämäärällä" : "eri jaksolla"}: ${p.value}, mutta ${p.first}: ${p.other}.`,
  INVOICE_UNCHECKED: (p) =>
    p.scope === "column"
      ? `Laskut-taulukossa ei ole asiatarkastajan saraketta: laskujen asiatarkastusta ei voida todeta.`
      : `${invoiceFi(p)} ei ole asiatarkastettu (asiatarkastaja puuttuu).`,
  INVOICE_UNAPPROVED: (p) =>
    p.scope === "column"
      ? `Laskut-taulukossa ei ole hyväksyjän saraketta: laskujen hyväksyntää ei voida todeta.`
      : `${invoiceFi(p)} ei ole hyväksytty (hyväksyjä puuttuu).`,
  INVOICE_SAME_CHECKER_APPROVER: (p) =>
    `Kumppanin ${p.partner} laskun ${p.number} on asiatarkastanut ja hyväksynyt sama henkilö (${p.person}); heidän on oltava eri henkilöt.`,
  INVOICE_UNKNOWN_PARTNER: (p) =>
    `Laskuttajaa ${p.partner} (${p.rows} riviä) ei ole Kumppanit-taulukossa.${p.suggestion ? ` Tarkoitettiinko ${p.suggestion}?` : ""}`,
  BUDGET_LINE_OVERRUN: (p) =>
    `Vuoden ${p.year} tilikohta ${p.line || "(ei tilikohtaa)"} (${p.partner || "yhteisosuus"}) ylittyy: toteuma ${p.realised}, budjetti ${p.budget} (käyttö ${p.use}), ylitys ${p.over}.`,
  BUDGET_TOTAL_OVERRUN: (p) =>
    `Vuoden ${p.year} budjetti ylittyy (${p.scope === "project" ? "koko hanke" : p.partner || "yhteisosuus"}): toteuma ${p.realised}, budjetti ${p.budget} (käyttö ${p.use}), ylitys ${p.over}.`,
  BUDGET_UNDERUSE: (p) =>
    `Vuoden ${p.year} budjetin käyttö jää jälkeen (${p.scope === "project" ? "koko hanke" : p.partner || "yhteisosuus"}): käytetty ${p.use} (${p.realised} / ${p.budget}), aikaa kulunut ${p.elapsed}; käyttövauhti ${p.pace} ajasta on alle rajan ${p.threshold}. Käyttämättä jäävä avustus palautetaan.`,
  BUDGET_NO_LINE: (p) =>
    p.scope === "year"
      ? `Vuodelle ${p.year} on kirjattu kustannuksia, mutta budjetissa ei ole yhtään riviä vuodelle ${p.year}.`
      : p.scope === "partner"
        ? `${p.partner ? `Kumppanille ${p.partner}` : "Yhteisosuudelle"} on kirjattu kustannuksia vuonna ${p.year}, mutta sillä ei ole budjettia sille vuodelle.`
        : `Tilikohdalla ${p.line || "(ei tilikohtaa)"} ei ole budjettia (${p.partner || "yhteisosuus"}, vuosi ${p.year}), mutta toteuma on ${p.realised}.`,
  BUDGET_VERSION_AMBIGUOUS: (p) =>
    `Vuodelle ${p.year} on kaksi vahvistettua budjettia (${p.partner || "yhteisosuus"}, ${p.line || "ei tilikohtaa"}): ${p.amount} ja ${p.other} (${p.otherCell}); käytetään tätä, myöhempää. Merkitse toinen tarkistetuksi tai poista se.`,
  MUNI_SHARES_MISMATCH: (p) =>
    `Vuoden ${p.year} kuntaosuudet ovat yhteensä ${p.sum}, mutta niiden pitää olla ${p.expected} (budjetti ${p.budget} − valtionavustus ${p.rate}); ero ${p.difference}.`,
  MUNI_DUPLICATE: (p) => `Kunta ${p.municipality} on vuonna ${p.year} kahdesti (myös ${p.first}).`,
  MUNI_MISSING: (p) =>
    `Kunnalla ${p.municipality} on kuntaosuus vuonna ${p.other}, mutta ei vuonna ${p.year}; onko se liittynyt maksajaan (esim. kuntayhtymään)?`,
  APPLICATION_PERIOD_GAP: (p) =>
    p.what === "projectStart"
      ? `Ensimmäinen maksatushakemus ${p.number} alkaa ${p.start}, mutta hanke alkaa ${p.projectStart}; hakemusten on katettava hankekausi alusta alkaen.`
      : p.what === "beforeStart"
        ? `Ensimmäinen maksatushakemus ${p.number} alkaa ${p.start}, ennen kuin hanke alkaa ${p.projectStart}; hakemuksen kausi alkaa aikaisintaan hankkeen alkaessa.`
        : `Maksatushakemusten ${p.previous} ja ${p.number} väliin jää jakso ${p.gapStart}–${p.gapEnd}, jota mikään hakemus ei kata.`,
  APPLICATION_PERIOD_OVERLAP: (p) =>
    `Maksatushakemuksen ${p.number} jakso menee päällekkäin hakemuksen ${p.previous} kanssa ajalla ${p.overlapStart}–${p.overlapEnd}.`,
  APPLICATION_ORDER: (p) =>
    p.what === "reversed"
      ? `Maksatushakemuksen ${p.number} jakso päättyy (${p.end}) ennen kuin se alkaa (${p.start}).`
      : `Maksatushakemus ${p.number} (alkaa ${p.start}) on taulukossa hakemuksen ${p.previous} (alkaa ${p.previousStart}) jälkeen; järjestä hakemukset aikajärjestykseen.`,
  APPLICATION_OVER_RATE: (p) =>
    `Maksatushakemuksiin ${p.number} asti (${p.end}) on haettu yhteensä ${p.applied}, enemmän kuin ${p.rate} siihen mennessä toteutuneista hyväksyttävistä kustannuksista ${p.realised}: enintään ${p.max}, ylitys ${p.over}.`,
  APPLICATION_COSTS_OUTSIDE: (p) =>
    `Hanke on päättynyt, mutta ${p.total} hyväksyttäviä kustannuksia ajalta ${p.from}–${p.to} (${p.rows} riviä, ensimmäinen ${p.first}) ei kuulu mihinkään maksatushakemukseen.`,
  FINAL_REPORT_DUE: (p) =>
    `Hanke päättyi ${p.end}; loppuraportti on jätettävä viimeistään ${p.due} (${p.late ? `myöhässä ${p.days} päivää` : `aikaa ${p.days} päivää`}).`,
  CHANGE_REQUEST_WINDOW: (p) => `Hanke päättyy ${p.end}: muutoshakemuksen jättämiseen on aikaa enää ${p.days} päivää.`,
  REPAYMENT_UNDER_100: (p) =>
    `Valtionavustusta on maksettu ${p.paid}, ${p.amount} enemmän kuin toteutuneet kustannukset oikeuttavat (${p.allowed}); enintään ${p.threshold} palautettavaa summaa ei tarvitse palauttaa.`,
  CLAIMED_ROW_CHANGED: (p) =>
    `Maksatushakemuksessa ${p.application} (${p.start}–${p.end}) haettu rivi on muuttunut lähettämisen jälkeen: ${p.partner} ${p.number}, ${p.field}: ${p.old} → ${p.new}.`,
  CLAIMED_ROW_DELETED: (p) =>
    `Maksatushakemuksessa ${p.application} (${p.start}–${p.end}) haettu rivi puuttuu kirjanpidosta: ${p.partner} ${p.number}, ${p.line || "ei tilikohtaa"}, ${p.amount} (oli ${p.origin}).`,
  CLAIMED_TOTAL_CHANGED: (p) =>
    `Maksatushakemuksen ${p.application} (${p.start}–${p.end}) hyväksyttävät kustannukset olivat lähetettäessä ${p.old}, nyt ${p.new} (ero ${p.difference}).`,
  CLAIMS_ROW_INVALID: (p) =>
    `Lähetettyjen hakemusten välilehden rivin tieto "${p.header}" ei ole luettavissa (välilehteä on muokattu); rivin hakemusta ei verrata kirjanpitoon. Merkitse hakemus uudelleen lähetetyksi.`,
  IMPORT_CONFLICT: (p) =>
    `Kumppanin ${p.partner} lasku ${p.number} on jo kirjanpidossa (${p.existing}), mutta tämä rivi poikkeaa siitä (${p.differs
      .split(",")
      .map(
        (d) =>
          ({ amount: "summa", line: "tilikohta", period: "jakso", duplicate: "rivi on tiedostossa useammin kuin kirjanpidossa" })[d] ?? d,
      )
      .join(
        ", ",
      )}): tiedostossa ${p.fileAmount}, ${p.fileLine || "ei tilikohtaa"}, ${p.fileStart}–${p.fileEnd}; kirjanpidossa ${p.ledgerAmount}, ${p.ledgerLine || "ei tilikohtaa"}, ${p.ledgerStart}–${p.ledgerEnd}. Riviä ei tuoda; korjaa käsin.`,
  IMPORT_ROW_BROKEN: (p) =>
    p.what === "quotes"
      ? `Rivin sarakkeita ei voi erottaa: lainausmerkki jää auki. Riviä ei tuoda.`
      : `Rivillä on arvo "${p.value}" viimeisen otsikon oikealla puolella (väärä erotin tai pilkullinen summa ilman lainausmerkkejä?). Riviä ei tuoda.`,
  IMPORT_NET_UNKNOWN: (p) =>
    `Kumppanin ${p.partner} laskulla ${p.number} on vain verollinen summa eikä ALV:tä, eikä Laskut-taulukossa ole saraketta verolliselle summalle. Riviä ei tuoda.`,
  IMPORT_INVOICE_HELD: (p) =>
    `Kumppanin ${p.partner} laskun ${p.number} toinen rivi on virheellinen (${p.bad}), joten tätäkään riviä ei tuoda: lasku tuodaan kokonaan, kun virhe on korjattu.`,
  IMPORT_COLUMN_DROPPED: (p) => `Sarakkeelle "${p.header}" ei ole saraketta Laskut-taulukossa; sen arvoja ei tuoda.`,
  IMPORT_TARGET_FULL: (p) =>
    `Laskut-taulukon alle ei voi lisätä ${p.rows} riviä: toinen taulukko alkaa kohdassa ${p.next}. Siirrä se alemmas tai toiselle välilehdelle.`,
  IMPORT_TARGET_ACROSS: (p) =>
    `Välilehden ${p.sheet} laskutaulukko on poikittain (tilikohdat tai kuukaudet sarakkeina). Tuonti lisää jokaisen laskurivin omaksi rivikseen, joten se tarvitsee laskutaulukon, jossa on yksi laskurivi riviä kohden. Mitään ei tuoda.`,
  APPLICATION_FORMULA_MISMATCH: (p) =>
    p.noFormula
      ? `Maksatushakemuksen luku (${p.label}) on kirjoitettu kirjaston arvona ${p.library}, ei kaavana: ${p.noFormula === "period" ? "kaava ei voi seurata laskutaulukon yhtä jaksosaraketta (kuten 3/2014)" : `solu ${p.cells}, johon kaava viittaisi, ei ole luku`}.`
      : `Maksatushakemuksen kaava (${p.label}) antaisi ${p.formula}, mutta kirjasto laskee ${p.library}${p.cells ? `: solut ${p.cells} eivät ole lukuja tai päivämääriä` : ""}. Välilehdellä näkyvät molemmat; korjaa solut.`,
};

/** An invoice as INVOICE_UNCHECKED and INVOICE_UNAPPROVED name it; a line without a biller names none (not "Kumppanin  laskua"). */
function invoiceFi(p: { readonly partner: string; readonly number: string }): string {
  return p.partner ? `Kumppanin ${p.partner} laskua ${p.number}` : `Laskua ${p.number}`;
}
