// A kind of false claim seen over several development sets: parts, components or propellant told "for shells" (or
// "for tanks and artillery") move the parts only; the shells they serve move in no claim of their own. Phrasings of
// our own, with twins where the shells themselves move.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function claimsOf(page: string) {
  const doc = processDocument({ path: "served-shells.txt", bytes: new TextEncoder().encode(page), meta: { id: "served-shells", outlet: "Test Wire", published: "2024-06-14" } });
  return doc.claims.map((c) => `${c.kind} ${c.supplier}>${c.recipient ?? ""} ${c.item}`);
}

describe("shells that parts are for move in no claim", () => {
  it.each([
    ["Kazakhstan is the top supplier of the powder that Russia uses to make propellant for shells and rockets.", "transfer KAZ>RUS"],
    ["Belarusian plants supply components for Russian tanks and artillery, Kyiv says.", "transfer BLR>RUS"],
    ["Turkey sold Azerbaijan propellant for artillery shells.", "transfer TUR>AZE"],
  ])("%s", (page, flow) => {
    const claims = claimsOf(page);
    expect(claims).toContain(`${flow} raw-materials`);
    expect(claims).not.toContain(`${flow} artillery-ammunition`);
  });

  it("shells listed beside the parts move as well", () => {
    expect(claimsOf("Turkey sold Azerbaijan propellant and 5,000 artillery shells.")).toContain("transfer TUR>AZE artillery-ammunition");
  });
});
