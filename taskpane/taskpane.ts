/**
 * Placeholder task pane: says whether the add-in is running in Excel. The real pane comes
 * later. Never import functions/ here: the shared-runtime page already loads the functions
 * bundle, and an import would register the functions twice.
 */
export {};

interface Line {
  fi: string;
  en: string;
}

const NOT_IN_EXCEL: Line = {
  fi: "KASTE Ledger toimii Excelissä. Lisää se Exceliin lisäosana (manifest.xml) ja avaa se sieltä.",
  en: "KASTE Ledger runs in Excel. Add it to Excel as an add-in (manifest.xml) and open it there.",
};

const READY: Line = {
  fi: "Kaavat ovat käytössä: kirjoita soluun esimerkiksi =KASTE.SHARE(1828204).",
  en: "The functions are ready: type for example =KASTE.SHARE(1828204) in a cell.",
};

/** Shows the Finnish line and its English translation (marked lang="en" for screen readers). */
function show(line: Line, state: "excel" | "not-excel"): void {
  const status = document.getElementById("status");
  if (!status) return;
  const fi = document.createElement("p");
  fi.textContent = line.fi;
  const en = document.createElement("p");
  en.lang = "en";
  en.textContent = line.en;
  status.replaceChildren(fi, en);
  status.dataset.state = state;
}

if (typeof Office === "undefined") {
  // office.js did not load: the page was opened outside Office, or the CDN is unreachable.
  show(NOT_IN_EXCEL, "not-excel");
} else {
  void Office.onReady((info) => {
    if (info.host === Office.HostType.Excel) show(READY, "excel");
    else show(NOT_IN_EXCEL, "not-excel");
  });
}
