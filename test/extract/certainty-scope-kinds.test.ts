// Kinds of certainty scope (SCHEMA.md, "Certainty": a cue counts only where it qualifies the transfer itself), each shown by
// phrasings of our own: a transfer told as done in a relative clause after its thing is not weighed by the hedge of the
// clause around it; a hedge after a subject that runs on in prepositional phrases past the thing still weighs it; a figure
// worked out from a load ("would come to") is an estimate, not a plan; ruling a transfer out denies it, and only it.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function claimsOf(page: string) {
  const doc = processDocument({ path: "certainty-scope.txt", bytes: new TextEncoder().encode(page), meta: { id: "certainty-scope", outlet: "Test Wire", published: "2024-06-14" } });
  return doc.claims.map((c) => ({ supplier: c.supplier, recipient: c.recipient, item: c.item, quantity: c.quantity?.value ?? null, certainty: c.certainty }));
}

describe("a transfer told as done in a relative clause after its thing is not weighed by the hedge around it", () => {
  it.each([
    ["This will be the third Patriot system that Germany has sent to Ukraine.", "DEU", "UKR", "air-defence-systems"],
    ["The grain may be payment for the rockets which Iran shipped to Russia.", "IRN", "RUS", "artillery-ammunition"],
    ["The gold was likely compensation for the shells and missiles that North Korea has supplied to Russia.", "PRK", "RUS", "artillery-ammunition"],
    ["The gold was likely compensation for the shells and missiles that North Korea has supplied to Russia.", "PRK", "RUS", "missiles-other"],
  ])("%s", (page, supplier, recipient, item) => {
    expect(claimsOf(page)).toContainEqual(expect.objectContaining({ supplier, recipient, item, certainty: "asserted" }));
  });
  it("the hedge of a clause that moves the thing itself still weighs it", () => {
    expect(claimsOf("Iran is expected to deliver the drones that Russia ordered last year.")).toContainEqual(expect.objectContaining({ supplier: "IRN", recipient: "RUS", certainty: "possible" }));
    expect(claimsOf("Russia might receive the shells that Iran promised.")).toContainEqual(expect.objectContaining({ supplier: "IRN", recipient: "RUS", certainty: "possible" }));
  });
});

describe("a hedge after a subject that runs on in prepositional phrases weighs the thing", () => {
  it.each([
    ["Forty tanks from Poland under the new agreement with Kyiv are expected to reach Ukraine in May.", "POL", "UKR", 40],
    ["Thirty howitzers from Italy under the spring accord with Kyiv are expected to reach Ukraine in July.", "ITA", "UKR", 30],
    ["Twelve jets from France under the contract with Athens are due to arrive in Greece in June.", "FRA", "GRC", 12],
  ])("%s", (page, supplier, recipient, quantity) => {
    expect(claimsOf(page)).toContainEqual(expect.objectContaining({ supplier, recipient, quantity, certainty: "possible" }));
  });
  it("a done transfer after the same subject stays asserted", () => {
    expect(claimsOf("Fifty tanks from Poland under the new agreement with Kyiv were sent to Ukraine in May.")).toContainEqual(expect.objectContaining({ supplier: "POL", recipient: "UKR", quantity: 50, certainty: "asserted" }));
  });
});

describe("a figure worked out from a load is an estimate, not a plan", () => {
  it.each([
    ["Iran has shipped 2,000 containers to Russia, the ministry said. Loaded with 152mm shells, the containers would come to about 1.5 million rounds, it said.", 1500000],
    ["Iran has shipped 2,000 containers to Russia, the ministry said. If every container held 122mm rockets, the total would amount to 400,000 rounds, it said.", 400000],
    ["Egypt bought 20 jets from France; if filled with fuel, the tankers would come to 30,000 barrels.", 30000],
  ])("%s", (page, quantity) => {
    expect(claimsOf(page)).toContainEqual(expect.objectContaining({ quantity, certainty: "believed" }));
  });
});

describe("ruling a transfer out denies it, and only it", () => {
  it.each([
    ["Chancellor Merz ruled out sending Taurus missiles to Ukraine.", "DEU", "UKR", "missiles-other"],
    ["Washington has ruled out supplying F-16 jets to Kyiv.", "USA", "UKR", "aircraft"],
    ["Paris rules out the delivery of Rafale jets to Ukraine.", "FRA", "UKR", "aircraft"],
    ["Germany will send tanks to Ukraine as Scholz rules out Taurus missiles.", "DEU", "UKR", "missiles-other"],
  ])("%s", (page, supplier, recipient, item) => {
    expect(claimsOf(page)).toContainEqual(expect.objectContaining({ supplier, recipient, item, certainty: "denied" }));
  });
  it.each([
    ["Germany will send tanks to Ukraine as Scholz rules out Taurus missiles.", "armoured-vehicles"],
    ["Germany sent 40 tanks to Ukraine before Berlin halted deliveries of jets.", "armoured-vehicles"],
  ])("a halt told after a new clause's opener does not weigh the thing before it: %s", (page, item) => {
    expect(claimsOf(page).find((c) => c.item === item)?.certainty).not.toBe("denied");
  });
  it("a doubt that it can be ruled out is no denial", () => {
    expect(claimsOf("Officials could not rule out that Iran sent missiles to Russia.")).not.toContainEqual(expect.objectContaining({ certainty: "denied" }));
  });
});
