// The day a statement was made, where a timeline's row opens with its own date and tells the entry in the page's own
// words, no speaker named: the claim is stated on that day, not on the day the page came out, so it joins a report of
// the saying or the act made on that day. All texts below are our own.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function statedDays(text: string, published = "2025-11-20"): (string | null)[] {
  const doc = processDocument({ path: "entry.txt", bytes: new TextEncoder().encode(text), meta: { id: "entry", outlet: "Entry Desk", published } });
  return doc.claims.map((c) => c.stated);
}

const entries: [string, string, string][] = [
  ["a body approving, a bar after the date", "Timeline\n\n12 Feb 2025 | Norway approves the delivery of 14 NASAMS launchers to Latvia.\n", "2025-02-12"],
  ["a state sending, month first and a long dash", "Timeline\n\nMarch 2, 2025 — Portugal sends six F-16 jets to Ukraine.\n", "2025-03-02"],
  ["a capital ordering, a full date and a colon", "Timeline\n\n2025-05-14: Hanoi orders 20 K9 howitzers from South Korea.\n", "2025-05-14"],
];

describe("a row's own date is the day its claim was stated", () => {
  it.each(entries)("%s", (_, text, day) => {
    const days = statedDays(text);
    expect(days.length).toBeGreaterThan(0);
    expect(days.every((d) => d === day)).toBe(true);
  });
});

describe("others keep no entry date", () => {
  it("a date with no bar, dash or colon after it opens no entry", () => {
    expect(statedDays("Notes\n\n2 March 2025 Portugal sent six F-16 jets to Ukraine.\n")).not.toContain("2025-03-02");
  });
  it("a date inside the line opens no entry", () => {
    expect(statedDays("Notes\n\nPortugal sends six F-16 jets to Ukraine — March 2, 2025 | wire.\n")).not.toContain("2025-03-02");
  });
});
