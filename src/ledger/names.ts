import { nameKey } from "../workbook/normalize";
import { MUNICIPALITY_NAMES } from "./vocabulary";

export { nameKey };

/**
 * Whether two names mean the same partner, municipality or cost line: case, accents,
 * punctuation and extra spaces do not count ("SONet BOTNIA" = "Sonet  Botnia", "Palkat" = "palkat").
 *
 * @example
 * sameName("SONet BOTNIA", "Sonet Botnia") //=> true
 */
export function sameName(a: string, b: string): boolean {
  return nameKey(a) === nameKey(b);
}

/**
 * A memoised `nameKey` for one pass over a ledger: a ledger has few distinct names but up
 * to millions of rows, and normalising each row's text again would dominate the checks.
 *
 * @example
 * const keyOf = nameKeys();
 * keyOf("Pikassos Oy") //=> "pikassos"
 */
export function nameKeys(): (text: string) => string {
  const keys = new Map<string, string>();
  // rows of one invoice stand together: the name of the row before is the likeliest
  let lastText: string | undefined;
  let lastKey = "";
  return (text) => {
    if (text === lastText) return lastKey;
    let key = keys.get(text);
    if (key === undefined) {
      key = nameKey(text);
      keys.set(text, key);
    }
    lastText = text;
    lastKey = key;
    return key;
  };
}

/** The kind of organisation after a place's name: "Tampereen kaupunki", "Vasa stad", "Korsholms kommun". */
const ORGANISATION_KIND = / (?:kaupunki|kunta|kuntayhtyma|stad|kommun|samkommun|city|municipality|town)$/;
/** … or before it: "City of Tampere". */
const ORGANISATION_OF = /^(?:city|municipality|town) of /;

/**
 * A place's name as the administrator's name holds it ("tampereen kaupunki" → "tampere"), by
 * its key: without its kind of organisation, the Finnish genitive -n and the Swedish -s left
 * for `samePlace` to compare. Null for a name that is no organisation of a place.
 */
function placeOf(key: string): { readonly name: string; readonly inflected: boolean } | null {
  if (ORGANISATION_OF.test(key)) return { name: key.replace(ORGANISATION_OF, ""), inflected: false };
  if (!ORGANISATION_KIND.test(key)) return null;
  const name = key.replace(ORGANISATION_KIND, "");
  return name.includes(" ") || name.length < 3 ? null : { name, inflected: /[ns]$/.test(name) };
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * Whether a biller's name is the organisation's place alone: "Tampere" for "Tampereen
 * kaupunki", "Vasa" for "Vasa stad", "Korsholm" for "Korsholms kommun". A genitive's stem may
 * differ from the name in its last letters (Helsingin → Helsinki, Turun → Turku, Lahden →
 * Lahti), never in more than two, so Porin kaupunki is never Porvoo.
 */
function samePlace(name: string, organisation: string): boolean {
  const place = placeOf(organisation);
  if (!place || name.includes(" ")) return false;
  if (name === place.name) return true;
  if (!place.inflected) return false;
  const stem = place.name.slice(0, -1);
  if (name === stem) return true;
  // a short stem only with one letter gone from its name (Turun → Turku), so Salon kaupunki is never Sale
  if (stem.length < 5) return name.length === stem.length + 1 && [...name].some((_, i) => name.slice(0, i) + name.slice(i + 1) === stem);
  const common = commonPrefix(name, stem);
  return common >= 3 && common >= Math.max(name.length, stem.length) - 2;
}

/**
 * Whether a name key (as `nameKeys` gives it) names the project's administrator: the same key,
 * or its place written alone where the administrator is written as its organisation, or the
 * other way round ("Tampere" and "Tampereen kaupunki", "Vasa" and "Vasa stad"), in Swedish or
 * Finnish ("Vasa stad" and "Vaasan kaupunki"). Null
 * `administrator`: no administrator known, no name is it.
 */
export function isAdministratorKey(key: string, administrator: string | null): boolean {
  if (administrator === null || key === "") return false;
  if (key === administrator || samePlace(key, administrator) || samePlace(administrator, key)) return true;
  // Its Swedish name for its Finnish one ("Vasa stad" and "Vaasan kaupunki", "Jakobstad" and "Pietarsaari")
  const place = finnishPlaceKey(key);
  const own = finnishPlaceKey(administrator);
  if (place === key && own === administrator) return false;
  return place === own || samePlace(place, own) || samePlace(own, place);
}

/** Each Swedish municipality name's key and its Finnish name's, made on the first question. */
let finnishNames: Map<string, string> | null = null;

/** A Swedish place's organisation after its name: "Vasa stad", "Korsholms kommun". */
const SWEDISH_ORGANISATION = /^(.+?) (?:stad|kommun)$/;

/**
 * A municipality's name key in Finnish where it has a Swedish name of its own (MUNICIPALITY_NAMES):
 * "narpes" → "narpio", "vasa stad" → "vaasa", "korsholms kommun" → "mustasaari"; any other key stays.
 *
 * @example
 * finnishPlaceKey(nameKey("Jakobstad")) //=> "pietarsaari"
 */
export function finnishPlaceKey(key: string): string {
  finnishNames ??= new Map(MUNICIPALITY_NAMES.map(([fi, sv]) => [nameKey(sv), nameKey(fi)]));
  const plain = finnishNames.get(key);
  if (plain !== undefined) return plain;
  const place = SWEDISH_ORGANISATION.exec(key)?.[1];
  if (place === undefined) return key;
  return finnishNames.get(place) ?? (place.endsWith("s") ? finnishNames.get(place.slice(0, -1)) : undefined) ?? key;
}

/**
 * One key per place among a table's name keys: an organisation's key ("tampereen kaupunki")
 * becomes the key of its place written alone ("tampere") when the table has that one too, so
 * "Tampere" in 2013 and "Tampereen kaupunki" in 2014 are one municipality. Other keys stay.
 */
export function placeKeys(keys: Iterable<string>): (key: string) => string {
  const all = [...new Set(keys)];
  const plain = all.filter((key) => key !== "" && placeOf(key) === null && !key.includes(" "));
  const canonical = new Map<string, string>();
  for (const key of all) {
    if (placeOf(key) === null) continue;
    const place = plain.find((name) => samePlace(name, key));
    if (place !== undefined) canonical.set(key, place);
  }
  return (key) => canonical.get(key) ?? key;
}

/** A name without a remark in brackets after it ("Tampere (1/5 mukana hankkeessa)"); a name that is all brackets stays. */
function withoutRemark(name: string): string {
  const bare = name.replace(TRAILING_REMARK, "");
  return bare.trim() === "" ? name : bare;
}
const TRAILING_REMARK = /\s*\([^()]*\)\s*$/;

/**
 * One key per municipality among a table's names, as MUNI_DUPLICATE, MUNI_MISSING and the final
 * report's municipalities compare them: names compared forgivingly (nameKeys), a Swedish name as
 * its Finnish one ("Närpes" = "Närpiö", finnishPlaceKey), an organisation as its place alone
 * where the table has that ("Tampereen kaupunki" = "Tampere", placeKeys), and a remark in brackets
 * after the name left out ("Tampere (1/5 mukana hankkeessa)" = "Tampere"). "" for a blank name.
 *
 * @example
 * const keyOf = municipalityKeys(["Närpes", "Närpiö", "Tampere", "Tampereen kaupunki"]);
 * keyOf("Närpes") === keyOf("Närpiö") //=> true
 */
export function municipalityKeys(names: Iterable<string>): (name: string) => string {
  const nameKeyOf = nameKeys();
  const finnishKeyOf = (name: string) => finnishPlaceKey(nameKeyOf(withoutRemark(name)));
  const placeKeyOf = placeKeys([...names].map(finnishKeyOf));
  return (name) => placeKeyOf(finnishKeyOf(name));
}
