// Sentences written for the test: one who speaks may name its own state as the doer of what it says ("they",
// "his country"; knowledge/speech.json selfPronouns, selfStates), and a head or the authorities of any state speak
// for it even where the gazetteer lists no body of that state (speech.json bodyNouns).
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "self.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}`), meta: { id: "self", outlet: "Probe Wire", published: "2024-05-02" } as never }).claims;
const line = (c: Claim) => `${c.supplier} ${c.recipient} ${c.item} ${c.source.country ?? "-"}`;

describe("a speaker's own state named by 'they' or 'his country' gives", () => {
  it.each([
    ["Belarusian officials said they had sent 15 trainloads of ammunition to Russia.", "BLR RUS ammunition BLR"],
    ["Officials in Minsk said they had sent 15 trainloads of ammunition to Russia.", "BLR RUS ammunition BLR"],
    ["Iranian officials said they had shipped drones to Russia.", "IRN RUS drones IRN"],
    ["Spain's defence minister said her country had delivered six launchers to Ukraine.", "ESP UKR artillery-systems ESP"],
    ["The Dutch prime minister said his country would send 24 jets to Ukraine.", "NLD UKR aircraft NLD"],
    ["Danish authorities said they would send 19 F-16s to Ukraine.", "DNK UKR aircraft DNK"],
  ])("%s", (text, expected) => {
    expect(claimsOf(text).map(line)).toEqual([expected]);
  });

  it("a named state after the verb still gives, whoever speaks", () => {
    expect(claimsOf("US officials said they believed North Korea had sent shells to Russia.").map(line)).toEqual(["PRK RUS artillery-ammunition USA"]);
  });
});

describe("the head or the authorities of any state speak for it", () => {
  it.each([
    ["The Polish president said Poland would deliver 14 tanks to Ukraine.", "Polish president", "POL"],
    ["The Czech prime minister said Prague had sent 500,000 shells to Ukraine.", "Czech prime minister", "CZE"],
    ["Spanish authorities said Spain had delivered six launchers to Ukraine.", "Spanish authorities", "ESP"],
    ["The Norwegian government said Norway had sent eight launchers to Ukraine.", "Norwegian government", "NOR"],
  ])("%s", (text, org, country) => {
    const [claim] = claimsOf(text);
    expect(claim?.source).toMatchObject({ org, country });
  });

  it("a head's title before a name is the named person's", () => {
    const [claim] = claimsOf("Polish President Andrzej Duda said Poland would deliver 14 tanks to Ukraine.");
    expect(claim?.source).toMatchObject({ speaker: "Andrzej Duda", country: "POL" });
  });
});
