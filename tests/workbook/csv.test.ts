import assert from "node:assert/strict";
import fc from "fast-check";
import Papa from "papaparse";
import { decodeCsv, parseCsv, toCsv } from "../../src/workbook/csv";
import type { CsvField } from "../../src/workbook/csv";
import { previewImport } from "../../src/sync/import/importPreview";
import { partnerBookFromCsv } from "../../src/sync/import/partnerFile";
import { ledgerBook, utf8 } from "../sync/support";

/** Windows-1252 as Finnish Excel writes it: Latin-1 plus € and the dashes in 0x80–0x9f. */
function windows1252(text: string): Uint8Array {
  const extra: Record<string, number> = { "€": 0x80, "–": 0x96, "—": 0x97, "’": 0x92 };
  return Uint8Array.from([...text].map((ch) => extra[ch] ?? ch.charCodeAt(0)));
}

/** Mac Roman as Excel for Mac writes it: ASCII, and the Nordic letters in 0x80–0x9a. */
function macRoman(text: string): Uint8Array {
  const letters: Record<string, number> = { ä: 0x8a, ö: 0x9a, å: 0x8c, Ä: 0x80, Ö: 0x85, Å: 0x81, é: 0x8e };
  return Uint8Array.from([...text].map((ch) => letters[ch] ?? ch.charCodeAt(0)));
}

const ENCODINGS: [string, (text: string) => Uint8Array, string][] = [
  ["UTF-8", utf8, "utf-8"],
  ["UTF-8 with BOM", (t) => Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(t)]), "utf-8"],
  ["UTF-16 (Excel's Unicode text)", (t) => Uint8Array.from([0xff, 0xfe, ...Buffer.from(t, "utf16le")]), "utf-16le"],
  ["Mac Roman (Excel for Mac's CSV)", macRoman, "macintosh"],
  ["UTF-16 without a BOM", (t) => Uint8Array.from(Buffer.from(t, "utf16le")), "utf-16le"],
  ["UTF-16 big-endian", (t) => Uint8Array.from([0xfe, 0xff, ...Buffer.from(t, "utf16le").swap16()]), "utf-16be"],
  ["UTF-16 big-endian without a BOM", (t) => Uint8Array.from(Buffer.from(t, "utf16le").swap16()), "utf-16be"],
  ["Windows-1252", windows1252, "windows-1252"],
  ["ISO-8859-1", (t) => Uint8Array.from(Buffer.from(t.replace(/[€–]/g, "-"), "latin1")), "windows-1252"],
];

const HEADER = ["Laskun pvm", "Laskuttaja", "Laskun numero", "Ajalta", "Tilikohta", "Summa (ALV 0)", "ALV", "Selite"];
const ROWS: CsvField[][] = [
  ["5.1.2014", "SONet BOTNIA", "SB-001", "12/2013", "Palkat", { money: 700_000 }, { money: 0 }, "Närpiö ja Vöyri/Vörå: työnohjaus"],
  [
    "5.1.2014",
    "SONet BOTNIA",
    "SB-001",
    "12/2013",
    "Aineet, tarvikkeet ja tavarat",
    { money: 20_000 },
    { money: 4_800 },
    "Kristinestad, Malax; tulosteet",
  ],
  ["5.2.2014", "SONet BOTNIA", "SB-002", "1/2014", "Palkat", { money: -12_345 }, { money: 0 }, 'Hyvitys "korjaus"'],
];

describe("partner CSV files: every encoding and delimiter Finnish Excel writes", () => {
  const reference = previewImport(ledgerBook([]), partnerBookFromCsv(utf8(toCsv([HEADER, ...ROWS])), "sb.csv"), {
    file: "sb.csv",
    importedAt: "2014-03-01 10:00",
  });
  const values = (p: typeof reference) => p.toAdd.map((r) => r.cells);

  it("the reference file gives three rows with ä, ö and å intact", () => {
    assert.equal(reference.toAdd.length, 3);
    assert.equal(reference.bad.length, 0);
    assert.equal(reference.toAdd[0].line.description, "Närpiö ja Vöyri/Vörå: työnohjaus");
    assert.equal(reference.toAdd[2].line.net, -12_345);
    assert.equal(reference.toAdd[2].line.description, 'Hyvitys "korjaus"');
  });

  for (const [name, encode, encoding] of ENCODINGS) {
    for (const delimiter of [";", ",", "\t"]) {
      it(`${name}, delimiter ${JSON.stringify(delimiter)}: the same rows, never garbled`, () => {
        const text = toCsv([HEADER, ...ROWS], { delimiter, decimal: delimiter === "," ? "." : "," }).replace(
          /\r\n/g,
          delimiter === "\t" ? "\r\n" : "\n",
        );
        const csv = partnerBookFromCsv(encode(text), "sb.csv");
        assert.equal(csv.encoding, encoding);
        assert.equal(csv.delimiter, delimiter);
        const preview = previewImport(ledgerBook([]), csv, { file: "sb.csv", importedAt: "2014-03-01 10:00" });
        assert.deepEqual(values(preview), values(reference));
      });
    }
  }

  it("decodes €, the dashes and the curly quotes from Windows-1252 bytes (0x80–0x9f), not as C1 controls", () => {
    // "3 500,00 €;1–4/2014;’x”" as Finnish Excel saves it; Node's own windows-1252 decoder gives U+0080 for €
    const bytes = windows1252("3 500,00 €;1–4/2014;—;’x”".replace("”", "\u201d"));
    bytes[bytes.length - 1] = 0x94;
    assert.deepEqual(decodeCsv(bytes), { text: "3 500,00 €;1–4/2014;—;’x\u201d", encoding: "windows-1252" });
    assert.deepEqual(decodeCsv(Uint8Array.from([0x81, 0x8d, 0xe4])), { text: "\u0081\u008dä", encoding: "windows-1252" });
  });

  it("reads a Windows-1252 amount with € as its number", () => {
    const csv = partnerBookFromCsv(
      windows1252("Laskun pvm;Laskuttaja;Laskun numero;Ajalta;Tilikohta;Summa (ALV 0)\r\n5.1.2014;Verso;V-1;12/2013;Palkat;3 500,00 €\r\n"),
      "verso.csv",
    );
    const preview = previewImport(ledgerBook([]), csv, { file: "verso.csv", importedAt: "2014-03-01 10:00" });
    assert.equal(preview.bad.length, 0);
    assert.equal(preview.toAdd.length, 1);
    assert.equal(preview.toAdd[0].line.net, 350_000);
  });

  it('reads a field an export wrote as ="…" (to keep Excel from making it a number) as the text it shows', () => {
    const header = "Laskuttaja;Laskun numero;Ajalta;Tilikohta;Summa (ALV 0);Selite";
    const row = 'Verso;="00123";12/2013;Palkat;="3 800,00";"=""sanoi """"hei"""""""';
    const csv = partnerBookFromCsv(utf8(`${header}\r\n${row}\r\n`), "verso.csv");
    assert.deepEqual(csv.book.sheets[0].cells[1], ["Verso", "00123", "12/2013", "Palkat", "3 800,00", 'sanoi "hei"']);
    const preview = previewImport(ledgerBook([]), csv, { file: "verso.csv", importedAt: "2014-03-01 10:00" });
    assert.deepEqual(
      preview.toAdd.map((r) => [r.line.number, r.line.net]),
      [["00123", 380_000]],
    );
    // a formula that is not one quoted text stays as it was
    assert.deepEqual(parseCsv('a;b\r\n=1+1;"=A1&""x"""\r\n', "x", { unescapeFormulas: true }).cells[1], ["=1+1", '=A1&"x"']);
  });

  it("decodes ä, ö, å from Windows-1252 bytes", () => {
    assert.deepEqual(decodeCsv(Uint8Array.from([0x4e, 0xe4, 0x72, 0x70, 0x69, 0xf6, 0x3b, 0x56, 0xf6, 0x72, 0xe5])), {
      text: "Närpiö;Vörå",
      encoding: "windows-1252",
    });
  });
});

describe("Excel's sep= first line", () => {
  it("names the delimiter and is no row of the sheet", () => {
    const sheet = parseCsv("sep=;\r\nLaskuttaja;Summa (ALV 0)\r\nVerso;3 800,00\r\n", "verso");
    assert.equal(sheet.delimiter, ";");
    assert.deepEqual(sheet.cells, [
      ["Laskuttaja", "Summa (ALV 0)"],
      ["Verso", "3 800,00"],
    ]);
    // the delimiter it names wins over the one the lines would suggest; quoted, any case, LF line ends
    const named = parseCsv('"SEP=,"\na,b;c\n1,2;3\n', "x");
    assert.equal(named.delimiter, ",");
    assert.deepEqual(named.cells, [
      ["a", "b;c"],
      ["1", "2;3"],
    ]);
  });

  it("a partner file that starts with it imports its rows, numbered as Excel shows them", () => {
    const text = toCsv([HEADER, ...ROWS]);
    const plain = previewImport(ledgerBook([]), partnerBookFromCsv(utf8(text), "sb.csv"), {
      file: "sb.csv",
      importedAt: "2014-03-01 10:00",
    });
    const withSep = previewImport(ledgerBook([]), partnerBookFromCsv(utf8(`sep=;\r\n${text}`), "sb.csv"), {
      file: "sb.csv",
      importedAt: "2014-03-01 10:00",
    });
    assert.deepEqual(withSep, plain);
  });
});

describe("a CSV file with a broken row", () => {
  it("an unclosed quote breaks only its own line; the rows after it are read", () => {
    const sheet = parseCsv('a;b;c\n1;"kaksi;3\n4;5;6\n', "x");
    assert.deepEqual(sheet.problems, [{ row: 1, what: "quotes" }]);
    assert.deepEqual(sheet.cells[2], ["4", "5", "6"]);
  });

  it("well-formed files have no problems", () => {
    assert.deepEqual(parseCsv('a;b\n"1;2";"x\ny"\n', "x").problems, []);
  });
});

describe("text without quotes (split without Papaparse, for speed)", () => {
  it("reads exactly as Papaparse reads it: any mix of line ends, blank lines, blanks and delimiters", () => {
    const piece = fc.constantFrom("a", "Ä", " ", "\u00a0", ";", ",", "\t", "|", "\r", "\n", "\r\n", "'=1", "1,5", "");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join("");
        const delimiter = parseCsv(text, "x").delimiter;
        // parseCsv's own pass afterwards: blanks to null, trailing blank rows dropped
        const papa = (Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false }).data as (string | null)[][]).map((row) =>
          row.map((cell) => (cell!.trim() === "" ? null : cell)),
        );
        while (papa.length > 0 && papa[papa.length - 1].every((cell) => cell === null)) papa.pop();
        assert.deepEqual(parseCsv(text, "x").cells, papa);
      }),
      { numRuns: 2_000 },
    );
  });
});

describe("CSV out", () => {
  it("escapes text a spreadsheet would run as a formula, and quotes what needs quoting", () => {
    const text = toCsv([["=1+1", "+358 40", "-korjaus", "@SUM(A1)", "\tx", "\rx", "＝1", "tavallinen", "a;b", 'sanoi "moi"']]);
    assert.equal(text, `'=1+1;'+358 40;'-korjaus;'@SUM(A1);'\tx;"'\rx";'＝1;tavallinen;"a;b";"sanoi ""moi"""\r\n`);
  });

  it("writes negative amounts as numbers, not escaped text", () => {
    assert.equal(toCsv([[{ money: -123_450 }, { money: 5 }, -2.5, 0]]), "-1234,50;0,05;-2,5;0\r\n");
    assert.equal(toCsv([[{ money: -123_450 }]], { delimiter: ",", decimal: "." }), "-1234.50\r\n");
    assert.equal(toCsv([[{ money: -123_450 }]], { delimiter: "," }), '"-1234,50"\r\n');
  });
});
