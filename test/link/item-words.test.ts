// A report giving one figure for two things in one sentence ("48 howitzers and 48 rocket launchers") has two claims
// alike but for the words naming their thing; a retelling of one of them is the one it names alike (link-claims.ts,
// itemWords), whichever claim comes first. All sentences are our own.
import { describe, expect, it } from "vitest";
import type { Claim, Item, Unit } from "../../src/core/claim.js";
import { linkClaims } from "../../src/link/link-claims.js";
import { meta, toClaim } from "./helpers.js";

const speaker = { speaker: "Jan Holm", org: "Ministry of Defence of Denmark", country: "DNK" };

/** A claim of `doc` whose thing is `thing`, a phrase of `evidence`. */
function claim(doc: string, index: number, evidence: string, thing: string, item: Item, value: number, unit: Unit): Claim {
  const c = toClaim({ doc, kind: "transfer", supplier: "DNK", recipient: "UKR", item, quantity: { value, min: null, max: null, unit, approx: false }, period: null, certainty: "asserted", source: speaker, evidence, stated: "2024-06-03" }, index);
  const at = evidence.indexOf(thing);
  expect(at).toBeGreaterThanOrEqual(0);
  return { ...c, parts: { item: { start: at, end: at + thing.length } } };
}

describe("one figure for two things, retold for one", () => {
  it.each([
    ["howitzers", "Denmark will hand Ukraine 48 rocket launchers and 48 tracked howitzers, Defence Minister Jan Holm said on Monday.", ["rocket launchers", "tracked howitzers"], "Jan Holm said on Monday that 48 tracked howitzers would go to Ukraine.", "tracked howitzers", "artillery-systems", 48, "systems"],
    ["strike drones", "Holm said on Monday that Denmark had sent 60 reconnaissance drones and 60 strike drones to Ukraine.", ["reconnaissance drones", "strike drones"], "Denmark has supplied Ukraine with 60 strike drones, Jan Holm told reporters on Monday.", "strike drones", "drones", 60, "drones"],
    ["recovery vehicles", "Jan Holm announced on Monday 30 infantry fighting vehicles and 30 armoured recovery vehicles for Ukraine.", ["infantry fighting vehicles", "armoured recovery vehicles"], "On Monday Holm promised Kyiv 30 recovery vehicles.", "recovery vehicles", "armoured-vehicles", 30, "vehicles"],
  ] as [string, string, [string, string], string, string, Item, number, Unit][])("%s: joins the claim that names its thing alike", (_, both, [first, second], retold, thing, item, value, unit) => {
    const other = claim("a", 0, both, first, item, value, unit), same = claim("a", 1, both, second, item, value, unit);
    const retelling = claim("b", 0, retold, thing, item, value, unit);
    const docs = new Map([meta({ id: "a", published: "2024-06-03", outlet: "Harbour Post" }), meta({ id: "b", published: "2024-06-04", outlet: "Granite Ledger" })].map((m) => [m.id, m]));
    for (const order of [[other, same, retelling], [retelling, same, other]]) {
      const links = linkClaims(order, docs);
      expect(links.get(retelling.id)).toBe(links.get(same.id));
      expect(links.get(other.id)).not.toBe(links.get(retelling.id));
    }
  });
});
