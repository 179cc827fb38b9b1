// Nothing is given between the two sides of a war the knowledge knows: what one side fires at, sees coming from or
// keeps out of reach of the other is no transfer. Phrasings of our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "foes.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "foes", outlet: "Probe Wire", published: "2025-03-11" } as never }).claims;
const pairs = (text: string) => claimsOf(text).filter((c) => c.kind === "transfer").map((c) => `${c.supplier}>${c.recipient}`);

describe("no transfer between the sides of a war", () => {
  it.each([
    ["Moscow, for its part, dropped about 900 glide bombs in March and has moved its jets beyond the reach of the rockets Kyiv holds.", ["RUS>UKR", "UKR>RUS"]],
    ["Ukraine, for its part, has moved drones out of range of the missiles Moscow holds.", ["RUS>UKR", "UKR>RUS"]],
    ["Israel, for its part, has moved aircraft out of range of the missiles Tehran holds.", ["IRN>ISR", "ISR>IRN"]],
    ["The new radar planes would let Ukraine spot Russian cruise missiles and bombers much earlier, the minister said.", ["RUS>UKR", "UKR>RUS"]],
  ] as const)("%s", (text, foes) => {
    const got = pairs(text);
    for (const p of foes) expect(got).not.toContain(p);
  });
});

describe("a giver beside the war still gives", () => {
  it("keeps the supplier of one side", () => {
    expect(pairs("Norway sent Ukraine 12 howitzers in May to help it fight Russia.")).toContain("NOR>UKR");
  });
});
