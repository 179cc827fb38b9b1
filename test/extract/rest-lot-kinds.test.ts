// A lot named as what is left of goods told before ("The rest are due in 2027", "the rest will follow next year"),
// still to come, is a planned transfer of its own: it does not fold into the delivery done before it, even where
// it gives no figure of its own.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "rest.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "rest", outlet: "Probe Wire", published: "2026-02-10" } as never }).claims;

describe("a remaining lot still to come stays apart from the lot done", () => {
  it.each([
    ["Norway has sold four NASAMS batteries to Lithuania since 2023. The rest are due in 2027.", "air-defence-systems", "2027"],
    ["Sweden has delivered two Gripen jets to Hungary this year. The rest will follow in 2028, the ministry said.", "aircraft", "2028"],
    ["Spain handed Peru twelve patrol boats in March, the navy said. It added that the rest would be shipped in 2027.", "naval", "2027"],
  ])("%s", (text, item, year) => {
    const claims = claimsOf(text).filter((c) => c.kind === "transfer" && c.item === item);
    expect(claims.some((c) => c.certainty === "asserted")).toBe(true);
    expect(claims.some((c) => c.certainty === "possible" && c.period?.start === year)).toBe(true);
  });
});
