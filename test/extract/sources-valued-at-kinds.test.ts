// One who values a deal at a figure ("the department valued the sale at ...") says what it is worth, also where a word
// of estimate or of nearness stands before the figure ("at an estimated", "at approximately", "at close to"): the body
// named before that values it is the source of the sum, not the outlet.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "valued.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "valued", outlet: "Probe Wire", published: "2024-03-07" } as never }).claims;

describe("the one who values a deal at an estimated figure is the source of the sum", () => {
  it.each([
    ["The US State Department on Thursday approved a possible sale of 8 Patriot launchers to Greece. The department valued the package of launchers and radars at an estimated 2.1 billion dollars.", "USA"],
    ["The Pentagon said on Monday it had approved the sale of 30 Stinger missiles to Peru. The department put the cost of the order at close to 60 million dollars.", "USA"],
    ["The US State Department approved the sale of 40 Javelin missiles to Kenya this week. The department valued the sale at approximately 25 million dollars.", "USA"],
  ])("%s", (text, country) => {
    const claims = claimsOf(text);
    const sum = claims.find((c) => c.quantity?.unit === "usd");
    expect(sum).toBeDefined();
    expect(sum!.source.org).not.toBe("Probe Wire");
    expect(sum!.source.country).toBe(country);
  });
});
