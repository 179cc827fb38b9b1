// A state named only as the one a sum is spent for ("for Kyiv") or in the name of an aid programme is never the
// giver of that sum: the goods run from the payer to it, and no money comes back from it.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "benef.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "benef", outlet: "Probe Wire", published: "2025-06-01" } as never }).claims;

describe("the state a sum is spent for is no giver", () => {
  it.each([
    "Denmark will commit some 2 billion kroner under the Ukraine Support Fund, the minister said.",
    "Spain will pay for four radars for Ukraine, for which it has set aside 30 million euros.",
    "Canada will commit a further 400 million dollars under the Ukraine Security Assistance Initiative, the minister said.",
    "Sweden will pay for eight Archer guns for Ukraine, for which it has set aside 70 million euros.",
  ])("%s", (text) => {
    const claims = claimsOf(text).filter((c) => c.kind === "transfer");
    expect(claims.some((c) => c.supplier === "UKR")).toBe(false);
  });
  it("keeps the goods, from the payer to the state they are for", () => {
    const claims = claimsOf("Norway will spend 300 million crowns on German-made shells for Ukraine, the defence minister said on Friday.").filter((c) => c.kind === "transfer");
    expect(claims.some((c) => c.supplier === "NOR" && c.recipient === "UKR")).toBe(true);
  });
});
