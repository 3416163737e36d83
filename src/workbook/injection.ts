/**
 * Formula injection (CSV injection): a spreadsheet opening a CSV file, or Office.js
 * writing typed values, reads text that starts with `=`, `+`, `-`, `@`, a tab or a carriage
 * return as a formula. Such text is escaped with a leading apostrophe, which Excel and
 * LibreOffice show as plain text (OWASP's advice). The full-width `＝＋－＠` are escaped too.
 * Numbers we write ourselves (amounts, `-1234,50`) are not text and are never escaped.
 */
const TRIGGER = /^[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;
const ESCAPED = /^'[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;

/**
 * Whether a spreadsheet could read this text as a formula.
 *
 * @example
 * needsFormulaEscape("=HYPERLINK(\"http://x\")") //=> true
 * needsFormulaEscape("Palkat")                   //=> false
 */
export function needsFormulaEscape(text: string): boolean {
  return TRIGGER.test(text);
}

/**
 * The text with a leading apostrophe when it could be read as a formula.
 *
 * @example
 * escapeFormulaText("-korjaus") //=> "'-korjaus"
 * escapeFormulaText("korjaus")  //=> "korjaus"
 */
export function escapeFormulaText(text: string): string {
  return TRIGGER.test(text) ? `'${text}` : text;
}

/**
 * Undoes `escapeFormulaText`: an apostrophe followed by a formula character is dropped, so
 * export → re-import gives back the text it started with. Any other apostrophe stays.
 *
 * @example
 * unescapeFormulaText("'=1+1")  //=> "=1+1"
 * unescapeFormulaText("'Sotkamo") //=> "'Sotkamo"
 */
export function unescapeFormulaText(text: string): string {
  return ESCAPED.test(text) ? text.slice(1) : text;
}
