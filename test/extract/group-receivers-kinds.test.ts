// The home state named as receiver where a page is about an armed group: a state known to arm the group and not the
// home state's government (groups.json armedBy) gives the group what the page says it gives the state ("Tehran sends
// no arms to Yemen" on a page about the Houthis). Texts of our own, run through the whole pipeline.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

/** "supplier recipient item certainty" for each transfer claim of `text`. */
function transfers(text: string): string[] {
  const doc = processDocument({ path: "groups.txt", bytes: new TextEncoder().encode(text), meta: { id: "groups", published: "2024-06-01", outlet: "Test Wire" } });
  return doc.claims.filter((c) => c.kind === "transfer").map((c) => [c.supplier ?? "-", c.recipient ?? "-", c.item, c.certainty].join(" "));
}

describe("a group's known backer giving to the group's home state gives to the group, on a page that names the group", () => {
  it.each([
    ["Houthi rebels fired two missiles at a tanker on Monday. Iran's foreign ministry said Tehran sends no weapons to Yemen.", "IRN YEM-HOUTHIS weapons-unspecified denied"],
    ["The Houthis have attacked shipping for months. Western officials say Iran shipped drones to Yemen in March.", "IRN YEM-HOUTHIS drones"],
    ["Hamas fighters crossed the fence at dawn. Israeli officials said Iran had sent rockets to the Palestinians for years.", "IRN PSE-HAMAS"],
  ])("%s", (text, want) => {
    const got = transfers(text);
    expect(got.some((c) => c.startsWith(want))).toBe(true);
  });

  it("a page that never names the group keeps the home state", () => {
    expect(transfers("Iran's foreign ministry said Tehran sends no weapons to Yemen.")).toContain("IRN YEM weapons-unspecified denied");
  });

  it("a state not known to arm the group still gives the home state", () => {
    expect(transfers("Houthi rebels fired two missiles at a tanker on Monday. Saudi officials said Riyadh sent rifles to Yemen's government.").some((c) => c.startsWith("SAU YEM-HOUTHIS"))).toBe(false);
  });
});
