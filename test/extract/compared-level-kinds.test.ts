// A sentence tells a flow's new level and, after "from", its earlier level with only a scale word ("exports fell to 900,000
// barrels a day in March from 1.1 million in February"): the earlier figure counts what the new one counts, so it is a
// claim of its own with its own time. A "from" before a year or another counted noun is no earlier level. All sentences
// are our own.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "compared.txt", bytes: Buffer.from(text), meta: { id: "compared", outlet: "Probe Wire", published: "2025-06-20" } as never }).claims;

describe("an earlier level after 'from' is a figure of the goods counted before it", () => {
  it.each([
    ["Energy notes\n\nBy staff\n\nKazakhstan's diesel sales to Uzbekistan rose to about 2.4 million barrels in May from 1.9 million in April, the ministry said.\n", "KAZ", "UZB", 1900000],
    ["Energy notes\n\nBy staff\n\nAlgeria's crude deliveries to Tunisia dropped to 1.2 million barrels in March from 1.5 million in February, the agency said.\n", "DZA", "TUN", 1500000],
    ["Energy notes\n\nBy staff\n\nOman's fuel oil shipments to Pakistan climbed to nearly 3.1 million barrels in the second quarter from 2.6 million in the first, officials said.\n", "OMN", "PAK", 2600000],
  ])("%s", (text, supplier, recipient, figure) => {
    const values = claimsOf(text).filter((c) => c.supplier === supplier && c.recipient === recipient && c.item === "oil-fuel").map((c) => c.quantity?.value ?? c.quantity?.min);
    expect(values).toContain(figure);
  });

  it("reads no earlier level from a year or a count of something else", () => {
    const text = "Energy notes\n\nBy staff\n\nKazakhstan sold Uzbekistan 2.4 million barrels of diesel from 2023, and 1.9 million barrels from 12 ports, the ministry said.\n";
    const values = claimsOf(text).map((c) => c.quantity?.value);
    expect(values).not.toContain(2023);
    expect(values).not.toContain(12);
  });
});
