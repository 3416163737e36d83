import type { Messages } from "./types";

export const sv: Messages = {
  TABLE_NOT_FOUND: (p) => `Tabellen ${p.table} hittades inte på något blad; den behöver rubrikerna ${p.headers}.`,
  COLUMN_NOT_UNDERSTOOD: (p) => `Kolumnrubriken "${p.header}" i tabellen ${p.table} kändes inte igen; kolumnen lämnas utanför kontrollerna.`,
  REQUIRED_MISSING: (p) => `Det obligatoriska värdet "${p.field}" saknas.`,
  VALUE_NOT_A_NUMBER: (p) => `"${p.value}" är inte ${p.why === "ambiguous" ? "ett entydigt belopp (är avgränsaren decimal- eller tusentalsavgränsare?)" : p.why === "subcent" ? "ett belopp på centen" : "ett tal"} (${p.field}).`,
  VALUE_NOT_A_DATE: (p) => `"${p.value}" är inte ett datum (${p.field}).`,
  VALUE_NOT_UNDERSTOOD: (p) => `"${p.value}" är inte ett tillåtet värde för ${p.field}; tillåtna: ${p.allowed}.`,
  CELL_FORMULA_ERROR: (p) => `Cellen innehåller Excel-felet ${p.value}.`,
  COFUND_STATE_OVER_RATE: (p) => `Statsunderstödet ${p.state} överstiger ${p.rate} av de godtagbara kostnaderna ${p.eligible} (${p.scope === "plan" ? "projektplanen" : `utbetalningsansökan för ${p.start}–${p.end}`}); högst ${p.max}, över med ${p.over}.`,
  COFUND_MUNI_UNDER_MIN: (p) => `Kommunandelen ${p.municipal} är under ${p.minRate} av de godtagbara kostnaderna ${p.eligible}; minst ${p.min}, saknas ${p.under}.`,
  COFUND_SPLIT_MISMATCH: (p) => `Finansieringen stämmer inte: statsunderstöd + kommunandel + annan finansiering + intäkter = ${p.sum}, godtagbara kostnader ${p.eligible} (skillnad ${p.difference}).`,
  COFUND_DEFICIT_EXCEEDED: (p) => `Statsunderstödet ${p.state} är större än underskottet ${p.deficit} (godtagbara kostnader − annan finansiering − intäkter).`,
  VAT_UNKNOWN: (p) => `Beloppet inkluderar moms men det finns ingen momskolumn och ${p.partner} får momsen tillbaka: nettokostnaden är okänd.`,
  COST_INELIGIBLE: (p) => `"${p.description}" (${p.category}) är inte en kostnad som berättigar till statsunderstöd, men raden är markerad som godtagbar.`,
};
