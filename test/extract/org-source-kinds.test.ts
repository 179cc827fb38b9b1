// Sources that are companies, institutes or coalitions no knowledge file lists: a run of capitalised words that
// ends in a word heading an organisation's name ("Corporation", "Industries", "Aerospace", "Institute") before a
// verb of saying, or after "according to", is the claim's source body; "the <state>-led coalition" is a body led
// by that state, with that state as its country. A newspaper named by its shape ("the Daily Courier") stays
// media. All sentences are our own.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "org.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "org", outlet: "Probe Wire", published: "2025-04-10" } as never }).claims;

describe("an unlisted company or institute is the claim's source", () => {
  it.each([
    ["Finland took delivery of 16 self-propelled guns from South Korea last month, Korvath Aerospace said.", "Korvath Aerospace"],
    ["Brenmoor Marine Industries said Spain had shipped eight patrol boats to Chile in May.", "Brenmoor Marine Industries"],
    ["According to the Talvik Radar Corporation, Norway bought 14 air-defence radars from Sweden.", "Talvik Radar Corporation"],
  ])("%s", (text, org) => {
    const claims = claimsOf(text);
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect(c.source).toMatchObject({ speaker: null, org, country: null });
  });
});

describe("a coalition led by a state speaks as itself, with that state", () => {
  it.each([
    ["The Saudi-led coalition said Iran had smuggled 150 drones to the Houthis over the winter.", "Saudi-led coalition", "SAU"],
    ["Iran sent 40 anti-ship missiles to the Houthis this year, the Saudi-led coalition claimed on Sunday.", "Saudi-led coalition", "SAU"],
    ["According to the French-led task force, Mali received 12 armoured cars from Russia in March.", "French-led task force", "FRA"],
  ])("%s", (text, org, country) => {
    const claims = claimsOf(text);
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect(c.source).toMatchObject({ speaker: null, org, country });
  });
});

describe("a newspaper named by its shape stays media", () => {
  it.each([
    ["Germany handed 20 battle tanks to Ukraine over the summer, the Daily Courier said.", "Daily Courier"],
    ["Poland sent 30 infantry fighting vehicles to Ukraine in April, the Lakeside Gazette reported.", "Lakeside Gazette"],
    ["According to the Northern Tribune, Italy shipped six howitzers to Ukraine.", "Northern Tribune"],
  ])("%s", (text, org) => {
    const claims = claimsOf(text);
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect(c.source).toMatchObject({ speaker: null, org, country: null });
  });
});
