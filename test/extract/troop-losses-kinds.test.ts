// Kinds of troops told as losses with no verb of sending, each shown by phrasings of our own:
// - a figure, the troops' state in its phrase, the noun of troops, then a verb of dying ("around 600 Cuban soldiers
//   have been killed", "some 900 Chadian troops have now died"): a `status` claim of that state's troops, no receiver;
// - with no state in the figure's phrase ("600 soldiers have been killed") there is no one to give it to.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function claimsOf(page: string) {
  const doc = processDocument({ path: "troop-losses.txt", bytes: new TextEncoder().encode(page), meta: { id: "troop-losses", outlet: "Test Wire", published: "2025-03-04" } });
  return doc.claims.map((c) => `${c.kind} ${c.supplier}>${c.recipient} ${c.item} ${c.quantity?.value ?? null}`);
}

describe("a count of a state's troops told as losses is a status of its troops", () => {
  it.each([
    ["Havana sends help to Caracas\n\nOfficials in Bogota now reckon that around 600 Cuban soldiers have been killed in the fighting, up from their last count.", "status CUB>null troops 600"],
    ["Chad in Libya\n\nSome 900 Chadian troops have now died in the Libyan war, a monitor in Paris says.", "status TCD>null troops 900"],
    ["Eritrea and Ethiopia\n\nAbout 1,500 Eritrean fighters were killed in Tigray over two years, researchers estimate.", "status ERI>null troops 1500"],
  ])("%s", (page, claim) => expect(claimsOf(page)).toContain(claim));

  it.each([
    "Chad in Libya\n\nChad sent troops to Libya last year.\n\nSome 900 troops have now died in the fighting, a monitor in Paris says.",
    "Eritrea and Ethiopia\n\nAbout 1,500 fighters were killed in Tigray over two years, researchers estimate.",
  ])("no state in the phrase, no status of it: %s", (page) => expect(claimsOf(page).filter((c) => c.startsWith("status"))).toEqual([]));
});
