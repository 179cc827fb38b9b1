// A capitalised word by a verb is no speaker when it is a season, a region or a label ("by New Year", "a Gulf
// state", "Translator's note"), and the Treasury's sanctions office speaks for the United States.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({
    path: "names.txt",
    bytes: Buffer.from(`${text}\n`),
    meta: { id: "names", outlet: "Probe Wire", published: "2024-06-01" } as never,
  }).claims;

describe("a season, a region or a label is no speaker", () => {
  it.each([
    ["Chile will give Peru 10 patrol boats, navy chief Ana Ruiz said. The first four are due by New Year. Six more are to follow during 2025, she said.", "Year"],
    ["The State Department cleared the sale of six Reaper drones to Kuwait, the first such clearance for a Gulf state.", "Gulf"],
    ["The agency said Saudi Arabia will buy 30 jets from Britain, the largest such order by a Gulf state.", "Gulf"],
    ["The State Department approved the sale of 12 F-16 jets to Oman, the first such sale to a Gulf state since 2019.", "Gulf"],
    ["[Translator's note: Russia handed 20 tanks to Belarus last year, officials in Minsk say.]", "Translator"],
  ])("%s", (text, word) => {
    const claims = claimsOf(text);
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect(c.source.speaker ?? "").not.toContain(word);
  });
});

describe("the Office of Foreign Assets Control speaks for the United States", () => {
  it.each([
    "The Office of Foreign Assets Control said a Chinese firm had shipped drone engines to Russia.",
    "A Turkish company sold machine tools to Russia, the Office of Foreign Assets Control said on Monday.",
    "OFAC said an Iranian firm had supplied drone parts to Russia.",
  ])("%s", (text) => {
    const claims = claimsOf(text);
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect(c.source.country).toBe("USA");
  });
});
