// One who only puts a figure on a flow told before is no party to it: "X's minister put it at 2,000 containers"
// values the flow ("it" is the thing counted, not the speaker's state), and "enough, he said, for 900,000 rounds"
// names the speaker by "he" (a pronoun that says gives nothing). The flow before keeps its giver.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "valuer.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "valuer", outlet: "Probe Wire", published: "2025-09-15" } as never }).claims;

describe("a speaker who values a flow by 'it' gives nothing", () => {
  it.each([
    ["Iran has sent drones to Russia since 2022. Britain's defence intelligence put it at more than 4,000 drones.", "IRN", "GBR"],
    ["Belarus has shipped ammunition to Russia. Japan's foreign ministry puts it at roughly 2,000 containers.", "BLR", "JPN"],
    ["North Korea has shipped shells to Russia for two years. Seoul's defence minister put it at 10,000 containers.", "PRK", "KOR"],
  ])("%s", (text, giver, speaker) => {
    const counted = claimsOf(text).filter((c) => c.kind === "transfer" && c.quantity);
    expect(counted.length).toBeGreaterThan(0);
    expect(counted.every((c) => c.supplier === giver && c.recipient === "RUS")).toBe(true);
    expect(counted.some((c) => c.source.country === speaker)).toBe(true);
  });
});

describe("a pronoun that only says is no giver", () => {
  it.each([
    ["Iran has shipped drones to Russia since 2022. Last week John Kirby put the count at about 400 crates of parts sent since the spring - enough, he said, for some 2,000 Shahed drones.", "IRN", "RUS"],
    ["Poland has sent shells to Ukraine for two years. In May Sergei Lavrov put the total at 5,000 containers of arms - enough, he claimed, for 900,000 artillery rounds.", "POL", "UKR"],
    ["North Korea has sent artillery to Russia since the summit. Cho Tae-yul put the tally at 300 guns, and, he noted, 50 rocket launchers.", "PRK", "RUS"],
  ])("%s", (text, giver, receiver) => {
    const counted = claimsOf(text).filter((c) => c.kind === "transfer" && c.quantity);
    expect(counted.length).toBeGreaterThan(0);
    expect(counted.every((c) => c.supplier === giver && c.recipient === receiver)).toBe(true);
  });
});
