// Sentences, written for the test, on kinds of certainty: a reply that calls what others told contradictory (doubted,
// not denied) or speculation (denied), and an order of a counted lot (the delivery is still ahead: possible). Three
// phrasings of our own per rule.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "orders.txt", bytes: Buffer.from(text), meta: { id: "orders", outlet: "Probe Wire", published: "2024-05-02" } as never }).claims;
const line = (c: Claim) => `${c.supplier} ${c.recipient} ${c.item} ${c.certainty}`;
const of = (claims: Claim[], start: string) => claims.filter((c) => c.evidence.text.startsWith(start)).map(line);

describe("a party that calls the reports told before contradictory doubts them", () => {
  it.each([
    ["Officials in Seoul say Pyongyang has sent 2,000 soldiers to Russia.", "The Kremlin spokesman called the reports contradictory and passed questions to the army.", "PRK RUS troops doubted"],
    ["Kyiv says Minsk has sent 40 tanks to Russia.", "Belarus's defence ministry calls these claims \"inconsistent\".", "BLR RUS armoured-vehicles doubted"],
    ["Seoul says Pyongyang sent 300 engineers to Russia.", "On Friday Moscow called the troop reports inconsistent.", "PRK RUS workers doubted"],
  ])("%s %s", (lead, reply, held) => {
    expect(of(claimsOf(`${lead}\n\n${reply}\n`), reply.slice(0, 20))).toEqual([held]);
  });
});

describe("a party that calls the reports told before speculation or chatter denies them", () => {
  it.each([
    ["Reports say Beijing offered 40 fighters to Pakistan.", "Pakistan's defence minister called the reports media speculation.", "CHN PAK aircraft denied"],
    ["Reports say Beijing offered 40 fighters to Pakistan.", "Islamabad calls such stories pure gossip.", "CHN PAK aircraft denied"],
    ["Kyiv says Minsk has sent 40 tanks to Russia.", "Belarus's defence ministry called these claims idle chatter.", "BLR RUS armoured-vehicles denied"],
  ])("%s %s", (lead, reply, held) => {
    expect(of(claimsOf(`${lead}\n\n${reply}\n`), reply.slice(0, 20))).toEqual([held]);
  });
});

describe("a replier that casts doubt on others' claims and calls them contradictory leaves the claims theirs too", () => {
  it("keeps the maker's claim beside the replier's doubt", () => {
    const text = "Moscow on Friday cast doubt on Japanese assertions that North Korean workers are in Russia, calling the reports contradictory and passing questions to the army.";
    const claims = claimsOf(`${text}\n`).filter((c) => c.evidence.text.startsWith(text.slice(0, 20)));
    expect(claims.map((c) => `${line(c)} ${c.source.country}`).sort()).toEqual(["PRK RUS workers asserted JPN", "PRK RUS workers doubted RUS"]);
  });
});

describe("an order of a counted lot leaves its delivery ahead", () => {
  it.each([
    ["Chile ordered 24 howitzers from Spain in 2021.", "ESP CHL artillery-systems possible"],
    ["Vietnam has ordered about 300 armoured vehicles from South Korea.", "KOR VNM armoured-vehicles possible"],
    ["Kenya also ordered 12 helicopters from Italy last year.", "ITA KEN aircraft possible"],
  ])("%s", (text, held) => {
    expect(of(claimsOf(`${text}\n`), text.slice(0, 15))).toEqual([held]);
  });
  it.each([
    ["The 24 howitzers Chile ordered from Spain were delivered in May.", "ESP CHL artillery-systems asserted"],
    ["The howitzers ordered from Spain in 2021 arrived in Chile in May.", "ESP CHL artillery-systems asserted"],
  ])("goods ordered that another verb tells delivered are delivered: %s", (text, held) => {
    expect(of(claimsOf(`${text}\n`), text.slice(0, 15))).toEqual([held]);
  });
});
