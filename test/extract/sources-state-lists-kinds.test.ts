// Officials of a list of states ("British, French and German officials") are one source per state; a state named
// before a comma that ends a clause ("rifles from Belarus, Colombian officials said") is a party, not one of them.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "lists.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "lists", outlet: "Probe Wire", published: "2024-05-02" } as never }).claims;

describe("a state's name before a comma and the officials of another state", () => {
  it.each([
    ["Peru has tried to buy rifles from Belarus, Chilean officials said.", "BLR", "PER", "CHL"],
    ["Mali received drones from Turkey, Algerian officials said on Monday.", "TUR", "MLI", "DZA"],
    ["Sudan took delivery of howitzers from Serbia, Egyptian officials told reporters.", "SRB", "SDN", "EGY"],
  ])("%s", (text, supplier, recipient, country) => {
    const found = claimsOf(text).filter((c) => c.kind === "transfer" && c.supplier === supplier && c.recipient === recipient);
    expect(found).toHaveLength(1);
    expect(found[0].source.country).toBe(country);
  });
});
