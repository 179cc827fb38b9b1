// Claims with no transfer verb, written for the test: an industry's output or share (a production claim
// that names no verb of making), output in a place told by a clause opened by "where", and two things made
// listed in one sentence. Three phrasings of our own per rule.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "shapes.txt", bytes: Buffer.from(text), meta: { id: "shapes", outlet: "Probe Wire", published: "2024-05-02" } as never }).claims;

describe("an industry's share is a production claim", () => {
  it.each([
    ["The localisation rate of defence industries in Egypt rose to 31% in 2023.", "EGY", 31],
    ["The localization rate of Morocco's military industries grew to 22 percent last year.", "MAR", 22],
    ["The production capacity of Poland's arms industry reached 70 percent last year.", "POL", 70],
  ])("%s", (text, state, share) => {
    const production = claimsOf(`${text}\n`).filter((c) => c.kind === "production");
    expect(production.map((c) => [c.supplier, c.quantity?.value, c.quantity?.unit])).toContainEqual([state, share, "percent"]);
  });
});

describe("output in a clause opened by 'where' belongs to the place before it", () => {
  it.each([
    ["The contract was agreed between the Turkish design bureau and the Yelabuga plant in Tatarstan, where its drones are assembled.", "RUS", "TUR"],
    ["Investigators visited a Belarusian-run site in Bryansk, where the artillery shells are manufactured.", "RUS", "BLR"],
    ["The Iranian engineers signed with a firm in Udmurtia (Russia), where the drones are built.", "RUS", "IRN"],
  ])("%s", (text, owner, other) => {
    const production = claimsOf(`${text}\n`).filter((c) => c.kind === "production");
    expect(production.map((c) => c.supplier)).toContain(owner);
    expect(production.map((c) => c.supplier)).not.toContain(other);
  });
});

describe("two things made, listed in one sentence, are two production claims", () => {
  it.each([
    'The plant near Perm, where Russia produces Geran-2 drones and decoy drones, was hit overnight.',
    'The works in Isfahan, where Iran produces Shahed-136 drones and reconnaissance drones, was struck.',
    'The factory in Yelabuga, where Russia assembles Geran-2 drones and Gerbera decoy drones, was attacked.',
  ])("%s", (text) => {
    const production = claimsOf(`${text}\n`).filter((c) => c.kind === "production" && c.item === "drones");
    expect(production.length).toBe(2);
  });
});
