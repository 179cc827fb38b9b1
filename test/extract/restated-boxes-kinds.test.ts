// A count of boxes of goods restated in another unit in the same sentence, written for the test: "4,300 containers of
// arms, enough for two million shells" is one lot of arms in containers and one of shells in rounds; the shells after
// the cue of equivalence (conversion.json) are no second cargo of the containers (claims/cargo.ts).
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "restated.txt", bytes: Buffer.from(`Supply notes\n\n${text}\n`), meta: { id: "restated", outlet: "Probe Wire", published: "2025-03-04" } as never }).claims.filter((c) => c.kind === "transfer");
const lots = (cs: Claim[]) => cs.map((c) => `${c.supplier}>${c.recipient} ${c.item} ${c.quantity?.value ?? c.quantity?.min ?? c.quantity?.max ?? "-"} ${c.quantity?.unit ?? "-"}`);

describe("a count of boxes restated in another unit", () => {
  it.each([
    ["South Korea's defence minister said some 4,300 containers of North Korean weapons had gone to Russia, enough for about two million artillery shells.", "PRK>RUS weapons-unspecified 4300 containers", "PRK>RUS artillery-ammunition 2000000 rounds"],
    ["Seoul's spy agency now puts the total at some 31,000 containers of weapons sent from North Korea to Russia, which it says equals nine million shells.", "PRK>RUS weapons-unspecified 31000 containers", "PRK>RUS artillery-ammunition 9000000 rounds"],
    ["North Korea has shipped some 3,900 containers of arms to Russia, the equivalent of perhaps 1.8 million rounds, officials in Seoul said.", "PRK>RUS weapons-unspecified 3900 containers", "PRK>RUS artillery-ammunition 1800000 rounds"],
  ])("%s", (text, boxes, rounds) => {
    const got = lots(claimsOf(text));
    expect(got).toContain(boxes);
    expect(got).toContain(rounds);
    expect(got.filter((l) => l.endsWith(" containers"))).toEqual([boxes]);
  });
});
