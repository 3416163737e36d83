import assert from "node:assert/strict";
import { isAdministratorKey, nameKey, nameKeys, sameName } from "../../src/ledger/names";

describe("names compared between tables", () => {
  it("ignores case, accents, punctuation and extra spaces", () => {
    assert.ok(sameName("SONet BOTNIA", "Sonet  Botnia"));
    assert.ok(sameName("Palkat", "palkat "));
    assert.ok(sameName("Kemijärvi", "KEMIJARVI"));
  });

  it("keeps different names apart", () => {
    assert.ok(!sameName("Kemi", "Kemijärvi"));
  });

  it("memoises keys without changing them", () => {
    const keyOf = nameKeys();
    assert.equal(keyOf("SONet BOTNIA"), "sonet botnia");
    assert.equal(keyOf("SONet BOTNIA"), "sonet botnia");
  });
});

describe("the administrator's name, as its organisation or its place alone", () => {
  const is = (biller: string, administrator: string) => isAdministratorKey(nameKey(biller), nameKey(administrator));

  it("takes the place for the organisation, in the Finnish genitive, Swedish and English, either way round, and a Swedish name for a Finnish one", () => {
    for (const [biller, administrator] of [
      ["Tampere", "Tampereen kaupunki"],
      ["Helsinki", "Helsingin kaupunki"],
      ["Turku", "Turun kaupunki"],
      ["Lahti", "Lahden kaupunki"],
      ["Seinäjoki", "Seinäjoen kaupunki"],
      ["Pirkkala", "Pirkkalan kunta"],
      ["Vasa", "Vasa stad"],
      ["Korsholm", "Korsholms kommun"],
      ["Tampere", "City of Tampere"],
      ["Tampereen kaupunki", "Tampere"],
      ["TAMPEREEN KAUPUNKI", "Tampereen kaupunki"],
      // a bilingual town's Swedish name for its Finnish one
      ["Vasa stad", "Vaasan kaupunki"],
      ["Vaasa", "Vasa stad"],
      ["Jakobstad", "Pietarsaaren kaupunki"],
      ["Närpiön kaupunki", "Närpes stad"],
      ["Korsholms kommun", "Mustasaari"],
    ])
      assert.ok(is(biller, administrator), `${biller} / ${administrator}`);
  });

  it("keeps other places and organisations apart", () => {
    for (const [biller, administrator] of [
      ["Porvoo", "Porin kaupunki"],
      ["Kemijärvi", "Kemin kaupunki"],
      ["Sale", "Salon kaupunki"],
      ["Lapinlahti", "Lapuan kaupunki"],
      ["Pikassos", "Tampereen kaupunki"],
      ["Tampereen seudun kuntayhtymä", "Tampere"],
      ["Vasa stad", "Vantaan kaupunki"],
      ["", "Tampereen kaupunki"],
    ])
      assert.ok(!is(biller, administrator), `${biller} / ${administrator}`);
    assert.equal(isAdministratorKey("tampere", null), false);
  });
});
