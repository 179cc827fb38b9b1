// Kinds of rewording that once lost a claim or bent its figure (see metamorphic.test.ts), each shown by
// phrasings of our own: the particle of a phrasal verb is no bound, a comma that ends a fronted phrase
// joins no list, a state named as the first object is no model name of the number after it nor the one
// who speaks, and a relative clause set off by commas speaks only for itself.
import { describe, expect, it } from "vitest";
import { parseAmounts } from "../../src/extract/parse-amounts.js";
import { processDocument } from "../../src/pipeline.js";

function claimsOf(page: string) {
  const doc = processDocument({ path: "rewording.txt", bytes: new TextEncoder().encode(page), meta: { id: "rewording", outlet: "Test Wire", published: "2024-06-14" } });
  return doc.claims.map((c) => ({ supplier: c.supplier, recipient: c.recipient, item: c.item, value: c.quantity?.value ?? null, min: c.quantity?.min ?? null, certainty: c.certainty, country: c.source.country }));
}

describe("a particle of a phrasal verb is no bound", () => {
  it.each([
    ["Berlin hands over 25 armoured vehicles to Kyiv.", 25, false],
    ["The army signed over 12 helicopters to the navy.", 12, false],
    ["Kyiv is handing over about 40 howitzers.", 40, true],
    ["The navy turned over 8 patrol boats.", 8, false],
  ])("%s", (text, value, approx) => {
    const [a] = parseAmounts(text);
    expect(a.quantity).toEqual({ value, min: null, max: null, approx });
  });

  it.each(["Russia fired over 300 shells.", "Over 300 shells were handed over.", "They took over 300 shells."])("keeps the bound in %s", (text) => {
    expect(parseAmounts(text)[0].quantity).toMatchObject({ value: null, min: 300 });
  });

  it("gives the count of a transfer told with the particle", () => {
    expect(claimsOf("Slovakia handed over 13 fighter jets to Ukraine, the minister said.")).toContainEqual(expect.objectContaining({ supplier: "SVK", recipient: "UKR", value: 13, min: null }));
  });
});

describe("a comma after a fronted phrase joins no list", () => {
  it.each([
    ["Over the winter, Iran delivered 200 drones to Russia.", "IRN", "RUS"],
    ["Over two years, Belarus sent 50 tanks to Russia, officials said.", "BLR", "RUS"],
    ["According to diplomats in Washington, Iran has shipped missiles to Russia.", "IRN", "RUS"],
    ["According to officials in Minsk, Venezuela has received 30 drones from Iran.", "IRN", "VEN"],
  ])("%s", (page, supplier, recipient) => {
    expect(claimsOf(page)).toContainEqual(expect.objectContaining({ supplier, recipient }));
  });
});

describe("a state named as the first object", () => {
  it.each([
    ["Iran has sold Russia 400 Shahed drones.", "IRN", "RUS", 400],
    ["The United States gave Taiwan 66 F-16 jets.", "USA", "TWN", 66],
    ["Germany sent Ukraine 18 Leopard 2 tanks.", "DEU", "UKR", 18],
  ])("counts what follows it: %s", (page, supplier, recipient, value) => {
    expect(claimsOf(page)).toContainEqual(expect.objectContaining({ supplier, recipient, value }));
  });

  it("leaves a model name a name where no state stands before the number", () => {
    expect(parseAmounts("The Leopard 2 tanks arrived.").some((a) => a.quantity.value === 2)).toBe(false);
  });

  it.each([
    ["Iran sold Venezuela 12 drones, a spokesman said.", "IRN", "VEN"],
    ["Poland will send Ukraine 30 tanks, the government said.", "POL", "UKR"],
    ["Belarus has sent Russia 60 tanks, the agency said.", "BLR", "RUS"],
  ])("is no speaker of the phrase after the comma: %s", (page, supplier, recipient) => {
    const claims = claimsOf(page);
    expect(claims).toContainEqual(expect.objectContaining({ supplier, recipient }));
    expect(claims.every((c) => c.country !== recipient)).toBe(true);
  });
});

describe("a relative clause set off by commas speaks for itself", () => {
  it.each([
    ["Venezuela, which denies buying arms abroad, took delivery of 12 drones from Iran, officials said.", "IRN", "VEN"],
    ["Iran, which denied the reports, sent drones to Russia, the agency said.", "IRN", "RUS"],
    ["Belarus, which has long rejected such accusations, has supplied Russia with 100 tanks, a diplomat said.", "BLR", "RUS"],
  ])("%s", (page, supplier, recipient) => {
    const claim = claimsOf(page).find((c) => c.supplier === supplier && c.recipient === recipient);
    expect(claim).toBeDefined();
    expect(claim!.certainty).not.toBe("denied");
  });

  it("still reads a denial that is the sentence's own", () => {
    expect(claimsOf("Iran denied that it sent drones to Russia.")).toContainEqual(expect.objectContaining({ supplier: "IRN", recipient: "RUS", certainty: "denied" }));
  });
});

describe("supplying the giver's own forces is no transfer between states", () => {
  it.each([
    "Iran sent drones to Russia. Facing a long war, Moscow has searched widely for shells to supply its armed forces.",
    "Iran sent drones to Russia. Short of everything, Moscow now needs more rifles to equip its army.",
    "Iran sent drones to Russia. Russia is buying trucks abroad to resupply their troops at the front.",
  ])("%s", (page) => {
    const claims = claimsOf(page);
    expect(claims).toContainEqual(expect.objectContaining({ supplier: "IRN", recipient: "RUS", item: "drones" }));
    expect(claims.filter((c) => c.supplier === "RUS")).toEqual([]);
  });

  it("still reads a state supplying another's forces or its ally", () => {
    expect(claimsOf("Iran supplies its ally Russia with drones.")).toContainEqual(expect.objectContaining({ supplier: "IRN", recipient: "RUS" }));
    expect(claimsOf("North Korea will supply its troops to Russia.")).toContainEqual(expect.objectContaining({ supplier: "PRK", recipient: "RUS" }));
  });
});
