// A transcript's label names who speaks the line, but where the line itself credits someone else ("Budanov told reporters",
// "according to Zelensky") that person is the source; the label's holder only where nobody is credited.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (line: string) =>
  processDocument({
    path: "panel.txt",
    bytes: Buffer.from(`Weekly Panel, transcript\n\nHOST: Good evening. Joining me are Lena Hart and Piet Vos.\n\n${line}\n\nPiet Vos: I would not go that far.\n`),
    meta: { id: "panel", outlet: "Probe Radio", published: "2024-06-01" } as never,
  }).claims;

describe("a labelled line that credits someone else is theirs", () => {
  it.each([
    ["Lena Hart: Zelensky said last month that Iran had shipped drones to Russia.", "Zelensky"],
    ["Lena Hart: according to Zelensky, Iran had shipped 300 drones to Russia.", "Zelensky"],
    ["Lena Hart: Budanov told reporters that North Korea moved 900 containers of shells to Russia.", "Budanov"],
    ["Lena Hart: North Korea moved 900 containers of shells to Russia, Zelensky said.", "Zelensky"],
  ])("%s", (line, speaker) => {
    const claims = claimsOf(line);
    expect(claims.length).toBeGreaterThan(0);
    expect([...new Set(claims.map((c) => c.source.speaker))]).toEqual([speaker]);
  });

  it("keeps the label's holder where the line credits nobody", () => {
    const claims = claimsOf("Lena Hart: North Korea moved 900 containers of shells to Russia.");
    expect(claims.length).toBeGreaterThan(0);
    expect([...new Set(claims.map((c) => c.source.speaker))]).toEqual(["Lena Hart"]);
  });
});
