// The Czech head of government and defence minister, named in full or by title and surname, speak for the Czech Republic (people.json, offices.json, with their terms). Phrasings of our own.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

/** The speaker and state of every claim's source ("Ana Ruiz | CHL", "-" for none). */
function whoAndState(text: string, published: string): string[] {
  const doc = processDocument({ path: "initiative.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "initiative", url: "https://probe.example/initiative", outlet: "Probe Wire", published } as never });
  return [...new Set(doc.claims.map((c) => `${c.source.speaker ?? "-"} | ${c.source.country ?? "-"}`))];
}

describe("Czech office holders speak for the Czech Republic", () => {
  it.each([
    ["Petr Fiala told a news conference in Brno that Prague will give Kyiv 40 howitzers by autumn.", "2024-04-02", "Petr Fiala | CZE"],
    ["Czech Prime Minister Petr Fiala said on Tuesday that Ukraine had received 300,000 mortar bombs from Czechia.", "2023-11-20", "Petr Fiala | CZE"],
    ["Defence Minister Jana Černochová said the Czech army would hand 15 helicopters to Ukraine next year.", "2024-09-12", "Jana Černochová | CZE"],
    ["Prime Minister Fiala said in Ostrava that Czechia will send Ukraine 60 tanks before winter.", "2024-02-05", "Petr Fiala | CZE"],
  ])("%s", (text, published, expected) => expect(whoAndState(text, published)).toEqual([expected]));
});
