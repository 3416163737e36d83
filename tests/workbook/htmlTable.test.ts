/** A web page's tables read as sheets (src/workbook/htmlTable.ts): what finance systems save as "Excel" (.xls). */
import assert from "node:assert/strict";
import { readHtmlTables } from "../../src/workbook/htmlTable";

describe("the tables of a web page", () => {
  it("reads Excel's own HTML: cells' text, entities, a colspan leaving empty cells, sloppy end tags, styles and comments ignored", () => {
    const page = `<html xmlns:x="urn:schemas-microsoft-com:office:excel"><head><style><!-- td {mso-number-format:"\\#\\,\\#\\#0\\.00";} --></style>
<!--[if gte mso 9]><xml><x:ExcelWorksheet><x:Name>Laskut</x:Name></x:ExcelWorksheet></xml><![endif]--></head><body>
<table border=0><tr><td colspan=3>Pikassos Oy &ndash; erittely</td><td>10/2015</td></tr>
<tr height=20><td class=xl65>Laskuttaja</td><td>Summa (ALV&nbsp;0)</td><th>Hyv&auml;ksytt&auml;v&auml;</th><td>Selite</td></tr>
<tr><td>Pikassos</td><td align=right x:num="7200">7&nbsp;200,00</td><td>kyll&#228;</td><td>Kiinte&#xE4;t<br>palkat
  lokakuu</td>
<tr><td> </td><td></td></tr>
</table><table><tr><td>toinen</td></tr></table><table></table></body></html>`;
    assert.deepEqual(readHtmlTables(page, "pikassos"), [
      {
        name: "pikassos",
        cells: [
          ["Pikassos Oy – erittely", null, null, "10/2015"],
          ["Laskuttaja", "Summa (ALV\u00a00)", "Hyväksyttävä", "Selite"],
          ["Pikassos", "7\u00a0200,00", "kyllä", "Kiinteät\npalkat lokakuu"],
        ],
      },
      { name: "pikassos 2", cells: [["toinen"]] },
    ]);
  });

  it("a page without a table has no sheet", () => {
    assert.deepEqual(readHtmlTables("<html><body><p>Ei tietoja</p></body></html>", "x"), []);
  });
});
