// One thing told twice in one sentence (SCHEMA.md, "One claim or two"), shown by phrasings of our own: a bare
// mention of an item and a second word for it later in the sentence ("troops ... the soldiers", "wheat ... the
// grain", "drones: Shahed deliveries"), with no word of a list between them, are one claim; things joined as a
// list ("tanks and infantry fighting vehicles", "helmets, mine detectors") stay one claim each.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "told-twice.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "told-twice", outlet: "Probe Wire", published: "2025-06-01" } as never }).claims;

const ofCore = (text: string, supplier: string, recipient: string, item: string) =>
  claimsOf(text).filter((c) => c.kind === "transfer" && c.supplier === supplier && c.recipient === recipient && c.item === item);

describe("in one sentence, a bare mention and a second word for the same thing, no list between them, are one claim", () => {
  it.each([
    ["North Korea has sent troops to Russia, where the soldiers are digging trenches near Kursk, Seoul's spy agency said.", "PRK", "RUS", "troops"],
    ["Russia is sending wheat to North Korea, the grain arriving by rail through Tumangang, officials in Seoul said.", "RUS", "PRK", "food"],
    ["Sweden will not hand fighter jets to Ukraine this year, Stockholm said, ruling out handing over its Gripen aircraft for now.", "SWE", "UKR", "aircraft"],
    ["Belarus keeps moving shells to Russia by rail: the ammunition trains run nightly, the Lithuanian border guard said.", "BLR", "RUS", "artillery-ammunition"],
  ])("%s", (text, supplier, recipient, item) => {
    expect(ofCore(text, supplier, recipient, item)).toHaveLength(1);
  });
});

describe("things joined as a list stay one claim each", () => {
  it.each([
    ["Poland has given Ukraine tanks and infantry fighting vehicles, the ministry said.", "POL", "UKR", "armoured-vehicles"],
    ["Spain has sent Ukraine helmets, mine detectors and vests, the ministry said.", "ESP", "UKR", "weapons-unspecified"],
    ["India has armed Armenia with Pinaka multiple rocket launchers, ATAGS towed howitzers and radars since 2022, the monitor wrote.", "IND", "ARM", "artillery-systems"],
  ])("%s", (text, supplier, recipient, item) => {
    expect(ofCore(text, supplier, recipient, item)).toHaveLength(2);
  });
});
