/**
 * The task pane. In Excel it runs the pane over the Office.js host; opened anywhere else it
 * says, in Finnish and English, that it must run in Excel. Never import functions/ here: the
 * shared-runtime page already loads the functions bundle, and an import would register the
 * functions twice.
 */
import { langOfDisplay } from "./i18n";
import { officeHost } from "./office/officeHost";
import { useFluentTheme } from "./ui/fluent";
import { mountPane } from "./ui/pane";

const NOT_IN_EXCEL = {
  fi: "KASTE Ledger toimii Excelissä. Lisää se Exceliin lisäosana (manifest.xml) ja avaa se sieltä.",
  en: "KASTE Ledger runs in Excel. Add it to Excel as an add-in (manifest.xml) and open it there.",
};

/** The Finnish line and its English translation (marked lang="en" for screen readers). */
function showNotInExcel(): void {
  const status = document.getElementById("status");
  if (!status) return;
  const en = document.createElement("p");
  en.lang = "en";
  en.textContent = NOT_IN_EXCEL.en;
  const fi = document.createElement("p");
  fi.textContent = NOT_IN_EXCEL.fi;
  status.replaceChildren(fi, en);
  status.dataset.state = "not-excel";
}

function start(): void {
  const root = document.getElementById("pane");
  if (!root) return;
  useFluentTheme();
  const host = officeHost();
  mountPane(root, host, langOfDisplay(host.displayLanguage()));
}

if (typeof Office === "undefined") {
  // office.js did not load: the page was opened outside Office, or the CDN is unreachable.
  showNotInExcel();
} else {
  void Office.onReady((info) => {
    if (info.host === Office.HostType.Excel) start();
    else showNotInExcel();
  });
}
