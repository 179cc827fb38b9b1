// attribute-sentences: a body's own words where it is named short or not at all (brief "sources", probe-fourteenth,
// probe-thirteenth, probe-eighth): an acronym the page defined, the unnamed navy of the state a page is written in,
// a count by "its own" body. Each shown by phrasings of our own (other states, names, items, numbers and word orders).
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

/** Every claim's source as "speaker | org | country" ("-" for null). */
function sourcesOf(text: string, meta: { outlet?: string; url?: string } = {}): string[] {
  const doc = processDocument({ path: "own.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "own", url: meta.url ?? "https://probe.example/own", outlet: meta.outlet ?? "Probe Wire", published: "2024-05-10" } as never });
  return doc.claims.map((c) => [c.source.speaker ?? "-", c.source.org ?? "-", c.source.country ?? "-"].join(" | "));
}

/** The speaker and state of every claim's source ("- | CHL"). */
const whoAndState = (text: string, meta: { outlet?: string; url?: string } = {}) => sourcesOf(text, meta).map((s) => { const [speaker, , country] = s.split(" | "); return `${speaker} | ${country}`; });

describe("an acronym defined after a body the gazetteer knows, named with its state's possessive, speaks for that state later", () => {
  it.each([
    ["Japan's Ministry of Defense (MOD) said the US sold 40 missiles to the Philippines. The MOD added that the Philippines had also bought 12 drones from the US.", "- | JPN"],
    ["China's Ministry of National Defense (MND) said Russia had sold 12 jets to Iran. The MND added that Iran had also bought 6 radars from Russia.", "- | CHN"],
    ["Britain's Ministry of Defence (MD) said Norway had sold 40 drones to Latvia. The MD added that Latvia had also bought 12 tanks from Norway.", "- | GBR"],
  ])("%s", (text, expected) => expect(whoAndState(text)).toEqual([expected, expected]));
});

describe("an acronym a government body's own page defines for its own name is the body, of its state", () => {
  it.each([
    ["1. The Ministry of National Defence (MND) welcomes the decision. 2. The MND reports that the first 11 howitzers from Spain were handed over to Chile in 2024.", "Ministry of National Defence of Chile", "- | CHL"],
    ["The Ministry of National Defence (MND) thanks Spain. The MND confirms that Spain delivered 12 howitzers to Chile in March.", "Ministry of National Defence of Chile", "- | CHL"],
    ["The Ministry of Foreign Affairs (MFA) notes the delivery. The MFA says Norway sent 20 patrol boats to Latvia this year.", "Ministry of Foreign Affairs of Latvia", "- | LVA"],
  ])("%s (%s)", (text, outlet, expected) => expect(whoAndState(text, { outlet })).toEqual([expected]));
});

describe("an unnamed navy or ministry on a page written in a state the report is about is that state's", () => {
  it.each([
    ["Chile leans on Spain for its ships. Spain sold Chile four frigates. Two submarines that Chile ordered from Spain are still to be delivered, the navy said on Monday.", "https://www.example.cl/news/1", "- | CHL"],
    ["Poland buys more from South Korea. South Korea sold Poland 180 tanks. The remaining 96 howitzers from South Korea will reach Poland next year, the defence ministry said in a statement.", "https://news.example.pl/a/2", "- | POL"],
    ["Kenya relies on Turkey. Turkey sold Kenya six drones. Two patrol boats from Turkey are still to be delivered to Kenya, the navy said on Monday.", "https://daily.example.ke/x", "- | KEN"],
  ])("%s (%s)", (text, url, expected) => expect(whoAndState(text, { url }).at(-1)).toBe(expected));
});

describe("a count 'by its own' body is that body's, of the state the sentence opens with", () => {
  it.each([
    ["Spain has now delivered 9 howitzers to Peru, by its own defence ministry's count.", "- | ESP"],
    ["Chile, by its own foreign ministry's count, sent 12 drones to Peru.", "- | CHL"],
    ["Norway, to its credit, has now sent 9 tanks to Latvia, by its own defence ministry's count.", "- | NOR"],
  ])("%s", (text, expected) => expect(whoAndState(text)).toEqual([expected]));
});
