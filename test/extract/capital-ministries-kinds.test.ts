// A capital's possessive before a ministry ("Tehran's foreign ministry", "Seoul's defence ministry spokesman") names that
// state's ministry, as the state's own possessive does, so the body is the one other reports name in full. Other
// bodies of the city ("Moscow's government") stay as written. Sentences written for the test.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

/** The body and state of every claim's source ("Iranian Ministry of Foreign Affairs | IRN"). */
function bodies(text: string): string[] {
  const doc = processDocument({ path: "capital.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "capital", outlet: "Probe Wire", published: "2024-10-01" } as never });
  return [...new Set(doc.claims.map((c) => `${c.source.org ?? "-"} | ${c.source.country ?? "-"}`))];
}

describe("a capital's possessive names its state's ministry", () => {
  it.each([
    ["Iran has never shipped drones to Venezuela, Tehran's foreign ministry said on Monday.", "Iranian Ministry of Foreign Affairs | IRN"],
    ["Beijing's defence ministry denied on Friday that China had sold any fighter jets to Iran.", "Chinese Ministry of National Defense | CHN"],
    ["Moscow's foreign ministry spokeswoman insisted that Belarus had received no new missiles from Russia.", "Russian Ministry of Foreign Affairs | RUS"],
    ["North Korea has shipped some 9,000 containers of shells to Russia, Seoul's defence ministry told lawmakers.", "South Korean Ministry of National Defense | KOR"],
  ])("%s", (text, expected) => expect(bodies(text)).toEqual([expected]));

  it("leaves a city's other bodies as written", () => {
    expect(bodies("Iran has not sold Russia any rockets, Moscow's government said on Tuesday.")).toEqual(["Moscow's government | RUS"]);
  });
});
