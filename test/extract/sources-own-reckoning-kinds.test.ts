// A figure given by a speaker's own reckoning is the speaker's claim: "by Tokyo's own arithmetic", and a relative
// clause right after the speaker ("Washington, which by its own accounting sent ..."); a state's reckoning right after
// its one person spoke is that person's.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "reckoning.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "reckoning", outlet: "Probe Wire", published: "2024-05-01" } as never }).claims;

describe("a reckoning of one's own names the source", () => {
  it.each([
    ["Washington, which by its own accounting sent more than $60 billion in military aid to Ukraine, has stopped giving.", "USA"],
    ["By Tokyo's own arithmetic, Japan shipped 2,000 drones to Ukraine last year.", "JPN"],
    ["Oslo, which by its own count handed Kyiv 40 howitzers since 2022, is running short of guns.", "NOR"],
  ])("%s", (text, state) => {
    const found = claimsOf(text).filter((c) => c.supplier === state && c.recipient === "UKR");
    expect(found.length).toBe(1);
    expect(found[0].source?.country).toBe(state);
  });

  it.each([
    ["Chile's defence minister, Ana Ruiz, said on Monday that Chile had shipped 400 containers to Peru since May. By Santiago's own arithmetic, those containers held about 90,000 artillery shells.", "artillery-ammunition", "Ana Ruiz"],
    ["Defence Minister Lars Holm said Norway had shipped 300 containers to Ukraine. By Oslo's own count, they held some 50,000 rounds of artillery ammunition.", "artillery-ammunition", "Lars Holm"],
    ["Sweden's foreign minister, Jan Berg, said Sweden had sent 20 tanks to Ukraine. By Stockholm's latest tally, another 12 armoured vehicles went to Ukraine in June.", "armoured-vehicles", "Jan Berg"],
  ])("%s", (text, item, speaker) => {
    const found = claimsOf(text).filter((c) => c.item === item && c.quantity?.value !== 20);
    expect(found.length).toBe(1);
    expect(found[0].source?.speaker).toBe(speaker);
  });
});
