import { CANONICAL_SETTINGS_KEYS, CANONICAL_SHEETS } from "../../src/ledger/canonical";
import { isBlank } from "../../src/ledger/coerce";
import type { Ledger } from "../../src/ledger/model";
import { EXACT_MATCH, HeaderMatcher } from "../../src/ledger/recognize";
import { SETTINGS_KEYS } from "../../src/ledger/vocabulary";
import type { OutBlock, OutCell, OutSheet } from "../../src/workbook/cells";
import { normalizeHeader } from "../../src/workbook/normalize";
import type { SheetData, WorkbookData } from "../../src/workbook/types";
import { SETTING_KEYS } from "./settingsForm";
import type { SettingKey } from "./settingsForm";

/** What saving the settings writes: cells of the existing block (and rows below it), or a new Asetukset sheet. */
export type SettingsWrite =
  | { readonly kind: "blocks"; readonly sheet: string; readonly blocks: readonly OutBlock[] }
  | { readonly kind: "sheet"; readonly sheet: OutSheet };

/** A key's value is read from one of the next cells to its right (as ledger/keyBlocks.ts reads it). */
const VALUE_REACH = 3;
const MAX_KEY_WORDS = 4;
const SETTINGS_SHEET_WORDS = ["asetukset", "settings", "installningar"];

const matcher = new HeaderMatcher(SETTINGS_KEYS.keys.map((key) => ({ field: key.key, type: key.type, synonyms: key.synonyms })));

/** The setting a cell's text names (`Toleranssi`, `Tolerance:`), as the ledger's reader decides it. */
function settingOf(text: string): SettingKey | null {
  if (text.length > 60) return null;
  const colon = text.indexOf(":");
  const keyText = colon > 0 ? text.slice(0, colon) : text;
  const match = matcher.match(keyText);
  if (!match || (match.score < EXACT_MATCH && normalizeHeader(keyText).split(" ").length > MAX_KEY_WORDS)) return null;
  return match.field as SettingKey;
}

/** The sheet holding the settings: where the ledger found them, else a sheet named like Asetukset. */
function settingsSheet(book: WorkbookData, ledger: Ledger): SheetData | undefined {
  const found = ledger.tables.settings[0]?.sheet;
  return book.sheets.find((s) => s.name === found) ?? book.sheets.find((s) => SETTINGS_SHEET_WORDS.includes(normalizeHeader(s.name)));
}

/**
 * Where each changed setting's value goes: over its value cell where the workbook has the key (the
 * first non-blank cell within reach to its right unless that is a note, else the next cell; a `Key: value` cell is
 * rewritten whole), in new key/value rows under the sheet's last row for keys it lacks (blank
 * ones left out: blank is the default), or a new Asetukset sheet with every setting when there is
 * none. Settings not changed are not written: a form not yet read from the workbook then
 * overwrites nothing the user did not touch.
 */
export function settingsWrite(
  book: WorkbookData,
  ledger: Ledger,
  cells: Readonly<Record<SettingKey, OutCell>>,
  changed: readonly SettingKey[],
): SettingsWrite {
  const sheet = settingsSheet(book, ledger);
  if (!sheet) {
    return {
      kind: "sheet",
      sheet: {
        name: CANONICAL_SHEETS.settings,
        rows: SETTING_KEYS.map((key) => [CANONICAL_SETTINGS_KEYS[key], cells[key]]),
        widths: [34, 16],
      },
    };
  }
  const rowOffset = sheet.origin?.row ?? 0;
  const colOffset = sheet.origin?.col ?? 0;
  const blocks: OutBlock[] = [];
  const seen = new Set<SettingKey>();
  let keyCol = colOffset;
  sheet.cells.forEach((row, r) => {
    row.forEach((value, c) => {
      if (typeof value !== "string") return;
      const key = settingOf(value);
      if (!key || seen.has(key)) return;
      seen.add(key);
      keyCol = colOffset + c;
      if (!changed.includes(key)) return;
      const at = { sheet: sheet.name, row: rowOffset + r };
      const colon = value.indexOf(":");
      if (colon > 0 && value.slice(colon + 1).trim() !== "") {
        blocks.push({ ...at, col: colOffset + c, rows: [[value.slice(0, colon).trim(), cells[key]]] });
        return;
      }
      // Text further right is a note (the template's), not the value: the value then goes next to the key
      let valueCol = c + 1;
      for (let step = 1; step <= VALUE_REACH; step++) {
        const next = row[c + step] ?? null;
        if (isBlank(next)) continue;
        if (step === 1 || typeof next !== "string") valueCol = c + step;
        break;
      }
      blocks.push({ ...at, col: colOffset + valueCol, rows: [[cells[key]]] });
    });
  });
  const missing = changed.filter((key) => !seen.has(key) && cells[key] !== null);
  if (missing.length > 0) {
    blocks.push({
      sheet: sheet.name,
      row: rowOffset + sheet.cells.length,
      col: keyCol,
      rows: missing.map((key) => [CANONICAL_SETTINGS_KEYS[key], cells[key]]),
    });
  }
  return { kind: "blocks", sheet: sheet.name, blocks };
}
