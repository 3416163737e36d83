/**
 * The Lapland social-work development unit, 1.11.2008–31.12.2011, with the real plan
 * (1 828 204 € eligible, 1 371 152 € from STM, 457 052 € from the municipalities) laid out
 * the way such workbooks are: title rows, text amounts with no-break spaces, a budget by year
 * and cost line without partners, municipal tiers of 20 000 € and 2 000 € a year. It has no
 * invoice ledger, so the invoice checks are listed as not checked.
 */
import { allocate, stateShare } from "../src/money";
import type { WritableCell, WritableSheet } from "../cli/writeXlsx";

const NBSP = "\u00a0";
const fiEuros = (euros: number): string => `${euros.toLocaleString("fi-FI").replace(/\s/g, NBSP)}${NBSP}€`;

const HOSTS = ["Inari", "Kemijärvi", "Kemi", "Kittilä", "Rovaniemi", "Tornio"];
const OTHERS = ["Enontekiö", "Keminmaa", "Kolari", "Muonio", "Pelkosenniemi", "Posio", "Ranua", "Salla", "Savukoski", "Simo", "Sodankylä"];

/** Budget per year: 568 000 € for each full year, the rest of the plan for Nov–Dec 2008. */
const YEARS: ReadonlyArray<[number, number]> = [
  [2008, 124_204],
  [2009, 568_000],
  [2010, 568_000],
  [2011, 568_000],
];

export function lappiSheets(): WritableSheet[] {
  const shares: WritableCell[][] = [];
  for (const [year, budget] of YEARS) {
    const municipal = budget * 100 - stateShare(budget * 100, 750_000);
    const tiers = [...HOSTS.map(() => 20_000), ...OTHERS.map(() => 2_000)];
    const parts = allocate(municipal, tiers);
    [...HOSTS, ...OTHERS].forEach((name, i) => {
      shares.push([name, year, i < HOSTS.length ? "kehittämissosiaalityöntekijä (20 000 €/v)" : "muu kunta (2 000 €/v)", parts[i] / 100]);
    });
  }
  return [
    {
      name: "Rahoitussuunnitelma",
      rows: [
        ["Lapin sosiaalityön kehittämisyksikkö – rahoitussuunnitelma"],
        ["Laadittu hankesuunnitelman mukaan (todelliset luvut)"],
        [],
        [null, "Hankkeen nimi:", "Lapin sosiaalityön kehittämisyksikkö"],
        [null, "Hallinnoija:", "Rovaniemen kaupunki"],
        [null, "Hankeaika alkaa", "1.11.2008"],
        [null, "Hankeaika päättyy", "31.12.2011"],
        [],
        [null, "Valtionavustukseen oikeuttavat menot", fiEuros(1_828_204)],
        [null, "Valtionavustus (STM)", fiEuros(1_371_152)],
        [null, "Kuntien rahoitusosuus", fiEuros(457_052)],
        [null, "Avustusprosentti", "75 %"],
      ],
    },
    {
      name: "Talousarvio",
      rows: [
        ["Talousarvio vuosittain"],
        [],
        ["Vuosi", "Kustannuslaji", "Tila", "Talousarvio €"],
        ...YEARS.map(([year, budget]): WritableCell[] => [year, "Palkat ja muut menot", "vahvistettu", budget]),
      ],
      boldRows: [2],
    },
    {
      name: "Kuntien maksuosuudet",
      rows: [["Kunta", "Vuosi", "Jakoperuste", "Kuntaosuus €"], ...shares],
      boldRows: [0],
    },
  ];
}
