// An arms maker whose works stand in one state speaks from that state, and its name read in a person's shape is the
// maker, a body: "Poland gets 96 tanks, Hyundai Rotem said" is told by a Korean body, not by a person "Hyundai Rotem".
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({
    path: "makers.txt",
    bytes: Buffer.from(`Makers and buyers\n\nOrders keep coming.\n\n${text}\n`),
    meta: { id: "makers", outlet: "Probe Wire", published: "2024-05-01" } as never,
  }).claims;

describe("an arms maker of one state speaks from that state", () => {
  it.each([
    ["Poland will receive 96 K2 tanks from South Korea next year, Hyundai Rotem said on Friday.", "Hyundai Rotem", "KOR"],
    ["Rheinmetall said Germany had sent 20 Skynex air-defence systems to Ukraine.", "Rheinmetall", "DEU"],
    ["India delivered the first batch of missiles to Vietnam last month, the maker, BrahMos Aerospace, says.", "BrahMos Aerospace", "IND"],
    ["The Philippines has received 12 FA-50 jets from South Korea, Korea Aerospace Industries said.", "Korea Aerospace Industries", "KOR"],
  ])("%s", (text, org, state) => {
    const claims = claimsOf(text);
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect([c.source.speaker, c.source.org, c.source.country]).toEqual([null, org, state]);
  });
});
