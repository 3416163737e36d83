/**
 * The demo's stand-in for Office: the fake Office host (tests/support/fakeOffice, plain
 * TypeScript without Node APIs) over a workbook built in the browser from a bundled example,
 * chosen by `?book=broken|lasse|empty|foreign` and `&lang=fi|sv|en`. Imported before the pane, so the
 * pane finds `Office` and `Excel` as in Excel. Nothing leaves the page.
 */
import { brokenSheets } from "../examples/broken";
import { lasseSheets } from "../examples/lasse";
import { FakeOffice } from "../tests/support/fakeOffice/fakeOffice";
import { workbookFromWritableSheets } from "../tests/support/fakeOffice/fromWritable";
import type { FakeBookInit } from "../tests/support/fakeOffice/model";

/** A ledger of her own making: no KASTE table, its invoices' amount headed "Rahaa" (a near miss of Laskut). */
const FOREIGN = [
  ["Hankkeen kulut 2014", null, null, null, null, null],
  [null, null, null, null, null, null],
  ["Laskuttaja", "Laskun nro", "Kohdistuu", "Ajalta", "Rahaa", "Selite"],
  ["Verso", "V-1", "hanke", "1/2014", 4200, "Palkat"],
  ["Verso", "V-2", "hanke", "2/2014", 4300.5, "Palkat"],
  ["Pikassos", "P-17", "hanke", "2/2014", 1250, "Vuokrat"],
];

const DISPLAY: Readonly<Record<string, string>> = { fi: "fi-FI", sv: "sv-FI", en: "en-GB" };

function bookOf(name: string | null): FakeBookInit {
  if (name === "lasse") return workbookFromWritableSheets(lasseSheets());
  if (name === "empty") return { date1904: false, sheets: [{ name: "Taul1", cells: [] }] };
  if (name === "foreign") return { date1904: false, sheets: [{ name: "Kirjanpito", cells: FOREIGN }] };
  return workbookFromWritableSheets(brokenSheets());
}

const query = new URLSearchParams(location.search);
const fake = new FakeOffice(bookOf(query.get("book")), { displayLanguage: DISPLAY[query.get("lang") ?? "fi"] ?? "fi-FI" });
fake.install();
(globalThis as unknown as { __KASTE_FAKE__: FakeOffice }).__KASTE_FAKE__ = fake;

const BANNER: Readonly<Record<string, string>> = {
  fi: "Esittely: esimerkkityökirja selaimessa, ei Exceliä. Mitään ei lähetetä.",
  sv: "Demo: exempelarbetsbok i webbläsaren, inget Excel. Inget skickas.",
  en: "Demo: an example workbook in the browser, no Excel. Nothing is sent.",
};
const banner = document.createElement("aside");
banner.setAttribute("aria-label", "Demo");
banner.className = "demo-banner";
banner.dataset.demo = query.get("book") ?? "broken";
banner.textContent = BANNER[query.get("lang") ?? "fi"] ?? BANNER.fi;
document.body.prepend(banner);
