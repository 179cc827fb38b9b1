// A state's body that approves or announces a sale or a package gives for its state even where a date stands between
// the body and its verb ("on Friday", "last month", "in April", "this year"); a trailing attribution is the source.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "dated.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "dated", outlet: "Probe Wire", published: "2024-03-07" } as never }).claims;

describe("a date between a state's body and its verb of approving", () => {
  it.each([
    ["The French defence ministry on Friday approved the sale of 12 howitzers to Chile.", "FRA", "CHL"],
    ["The US State Department last month cleared a sale of 30 helicopters to Morocco.", "USA", "MAR"],
    ["The Pentagon in February approved a sale of 8 patrol boats to Peru.", "USA", "PER"],
    ["The Kremlin this year approved the sale of 50 tanks to India.", "RUS", "IND"],
  ])("%s", (text, supplier, recipient) => {
    const claims = claimsOf(text);
    expect(claims.map((c) => `${c.supplier}>${c.recipient}`)).toContain(`${supplier}>${recipient}`);
  });

  it("takes the trailing speaker as the source", () => {
    const claims = claimsOf("The US State Department on Thursday approved the sale of 16 jets to Greece, the Greek defence ministry said on Friday.");
    expect(claims.map((c) => `${c.supplier}>${c.recipient}`)).toContain("USA>GRC");
    expect(claims.every((c) => c.source.country === "GRC")).toBe(true);
  });
});
