import type { Messages } from "./types";

export const fi: Messages = {
  TABLE_NOT_FOUND: (p) => `Taulukkoa ${p.table} ei löytynyt miltään välilehdeltä; tarvittavia otsikoita: ${p.headers}.`,
  COLUMN_NOT_UNDERSTOOD: (p) => `Sarakkeen otsikkoa "${p.header}" ei tunnistettu taulukossa ${p.table}; sarake jätetään huomiotta tarkistuksissa.`,
  REQUIRED_MISSING: (p) => `Pakollinen tieto "${p.field}" puuttuu.`,
  VALUE_NOT_A_NUMBER: (p) => `"${p.value}" ei ole ${p.why === "ambiguous" ? "yksiselitteinen summa (onko erotin desimaali- vai tuhaterotin?)" : p.why === "subcent" ? "summa sentin tarkkuudella" : "luku"} (${p.field}).`,
  VALUE_NOT_A_DATE: (p) => `"${p.value}" ei ole päivämäärä (${p.field}).`,
  VALUE_NOT_UNDERSTOOD: (p) => `"${p.value}" ei ole sallittu arvo sarakkeessa ${p.field}; sallitut: ${p.allowed}.`,
  CELL_FORMULA_ERROR: (p) => `Solussa on Excelin virhe ${p.value}.`,
  COFUND_STATE_OVER_RATE: (p) => `Valtionavustus ${p.state} ylittää ${p.rate} hyväksyttävistä kustannuksista ${p.eligible} (${p.scope === "plan" ? "hankesuunnitelma" : `maksatushakemus ${p.start}–${p.end}`}); enintään ${p.max}, ylitys ${p.over}.`,
  COFUND_MUNI_UNDER_MIN: (p) => `Kuntaosuus ${p.municipal} jää alle ${p.minRate} hyväksyttävistä kustannuksista ${p.eligible}; vähintään ${p.min}, vajaus ${p.under}.`,
  COFUND_SPLIT_MISMATCH: (p) => `Rahoitus ei täsmää: valtionavustus + kuntaosuus + muu rahoitus + tulot = ${p.sum}, hyväksyttävät kustannukset ${p.eligible} (ero ${p.difference}).`,
  COFUND_DEFICIT_EXCEEDED: (p) => `Valtionavustus ${p.state} on suurempi kuin alijäämä ${p.deficit} (hyväksyttävät kustannukset − muu rahoitus − tulot).`,
  VAT_UNKNOWN: (p) => `Summa sisältää ALV:n, mutta ALV-saraketta ei ole ja ${p.partner} saa ALV:n palautuksen: verotonta kustannusta ei tiedetä.`,
  COST_INELIGIBLE: (p) => `"${p.description}" (${p.category}) ei ole valtionavustukseen oikeuttava meno, mutta rivi on merkitty hyväksyttäväksi.`,
};
