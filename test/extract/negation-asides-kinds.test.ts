// Sentences, written for the test, where a short aside set off by commas stands between "not" and the verb of
// giving ("would not, for now, send"): the transfer is still denied (SCHEMA.md). Three phrasings of our own;
// without the aside the plain negation is denied as before, and an aside after a positive verb denies nothing.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "kinds.txt", bytes: Buffer.from(text), meta: { id: "kinds", outlet: "Probe Wire", published: "2024-06-01" } as never }).claims;

describe("a negated verb of giving with a comma aside between is denied", () => {
  it.each([
    ["Norway said it would not, for now, send fighter jets to Ukraine.", "NOR", "aircraft"],
    ["Spain will not, at this stage, supply tanks to Morocco, the minister said.", "ESP", "armoured-vehicles"],
    ["Chile has not, so far, delivered any howitzers to Peru.", "CHL", "artillery-systems"],
  ])("%s", (sentence, supplier, item) => {
    const claim = claimsOf(`${sentence}\n`).find((c) => c.supplier === supplier && c.item === item);
    expect(claim?.certainty).toBe("denied");
  });
  it("an aside after a verb that is not negated denies nothing", () => {
    const claim = claimsOf("Chile has, so far, delivered twelve howitzers to Peru.\n").find((c) => c.supplier === "CHL");
    expect(claim?.certainty).not.toBe("denied");
  });
});
