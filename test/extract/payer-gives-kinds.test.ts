// A payer that names no payee and pays for goods "for" a state, written for the test: the payer buys the goods for
// that state and gives them to it, each payer of a joint subject alike; a payee named after the verb keeps the old
// reading (the goods come from the payee). Phrasings of our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "payer.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "payer", outlet: "Probe Wire", published: "2025-06-02" } as never }).claims;
const flows = (text: string) =>
  claimsOf(text)
    .filter((c) => c.kind === "transfer")
    .map((c) => [c.supplier, c.recipient, c.item]);

describe("who pays for goods for a state gives them to it", () => {
  it.each([
    ["Portugal paid for a $90 million batch of Czech shells for Moldova last spring.", [["PRT", "MDA", "artillery-ammunition"]]],
    ["Under the accord, Austria and Ireland jointly paid for a package of German air-defence systems for Georgia.", [["AUT", "GEO", "air-defence-systems"], ["IRL", "GEO", "air-defence-systems"]]],
    ["Belgium's cash has paid for some 50,000 shells for Ukraine so far.", [["BEL", "UKR", "artillery-ammunition"]]],
  ] as const)("%s", (text, expected) => {
    const got = flows(text);
    for (const flow of expected) expect(got).toContainEqual(flow);
    expect(got.filter((f) => f[1] !== "MDA" && f[1] !== "GEO" && f[1] !== "UKR")).toEqual([]);
  });
  it("a payee named after the verb sells the goods to the payer", () => {
    expect(flows("Russia paid North Korea for shells for its army.")).toContainEqual(["PRK", "RUS", "artillery-ammunition"]);
  });
});
