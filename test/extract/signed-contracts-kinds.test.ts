// A buyer that signs a contract or a deal for goods, with no word of buying after it ("signed a contract for 24
// howitzers from Spain", "signed a deal for 12 Caesar guns"): the signer gets the goods, from the state after "from"
// or, where none is named, from the maker of the model the goods name. The goods are yet to come. A contract for
// the supply of goods is the seller's; one for their repair moves nothing. Phrasings of our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "signed.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "signed", outlet: "Probe Wire", published: "2024-03-01" } as never }).claims;
const flows = (text: string) =>
  claimsOf(text)
    .filter((c) => c.kind === "transfer")
    .map((c) => `${c.supplier}>${c.recipient} ${c.item}${c.quantity?.value != null ? ` ${c.quantity.value}` : ""}`);

describe("a state that signs a contract or a deal for goods gets them from their seller", () => {
  it.each([
    ["Chile signed a contract for 24 howitzers from Spain on Wednesday, the ministry said.", "ESP>CHL artillery-systems 24"],
    ["Morocco has signed a deal for 12 Caesar guns, officials in Rabat said.", "FRA>MAR artillery-systems 12"],
    ["Egypt signed a contract for 30 Rafale fighters worth about 4 billion euros last week.", "FRA>EGY aircraft 30"],
    ["Peru inked a contract for eight patrol boats from South Korea in March.", "KOR>PER naval 8"],
  ])("%s", (text, flow) => {
    expect(flows(text)).toContain(flow);
  });

  it.each([
    "Chile signed a contract for 24 howitzers from Spain on Wednesday, the ministry said.",
    "Morocco has signed a deal for 12 Caesar guns, officials in Rabat said.",
  ])("the goods of the contract are yet to come: %s", (text) => {
    const got = claimsOf(text);
    expect(got.length).toBeGreaterThan(0);
    expect(got.every((c) => c.certainty === "possible")).toBe(true);
  });
});

describe("a contract for the supply or the upkeep of goods makes no buyer of its signer", () => {
  it.each([
    ["France signed a contract for the supply of 20 jets to Greece.", "GRC>FRA"],
    ["Chile signed a contract for the repair of its Spanish howitzers.", "ESP>CHL"],
    ["Chile signed a contract for maintenance of 24 howitzers from Spain.", "ESP>CHL"],
  ])("%s", (text, flow) => {
    expect(flows(text).some((f) => f.startsWith(flow))).toBe(false);
  });
});

// A signing told as done, in a sentence whose only date is the single day of its saying, was signed on that day; one told
// in the past perfect lies before the saying and takes no such day.
describe("a signing told as done takes the day of its saying", () => {
  const periods = (text: string) =>
    claimsOf(text)
      .filter((c) => c.kind === "transfer")
      .map((c) => (c.period ? `${c.period.start}/${c.period.end}` : "none"));
  it.each([
    ["Greece has signed a deal for 12 Caesar guns, officials said on Monday.", "2024-02-26/2024-02-26"],
    ["Chile has inked a contract for 24 howitzers from Spain, its defence minister told reporters in Santiago on Wednesday.", "2024-02-28/2024-02-28"],
    ["Poland signed a contract for 48 tanks from South Korea, the deputy minister said in Warsaw on Thursday.", "2024-02-29/2024-02-29"],
  ])("%s", (text, period) => {
    expect(periods(text)).toEqual([period]);
  });

  it("a signing told in the past perfect keeps no day of the saying", () => {
    expect(periods("Peru had signed a contract for eight patrol boats from South Korea, the ministry said on Tuesday.")).toEqual(["none"]);
  });
});

// "X signed a deal with Y for N goods": the paper's other side, after "with", sells; a time or place of the signing
// may stand before "for". Phrasings of our own.
describe("the state a contract is signed with sells its goods", () => {
  it.each([
    ["Peru signed a deal with Sweden for 16 Gripen fighters.", "SWE>PER aircraft 16"],
    ["Chile on Friday signed an inter-governmental agreement with Spain for 12 Eurofighter jets for its air force.", "ESP>CHL aircraft 12"],
    ["Ecuador signed a contract with Brazil in May for twelve armoured vehicles, the ministry said.", "BRA>ECU armoured-vehicles 12"],
    ["Peru signed a contract in Lima on Friday for 16 used fighter jets from Sweden.", "SWE>PER aircraft 16"],
  ])("%s", (text, flow) => {
    expect(flows(text)).toContain(flow);
  });
});

// A firm owned by a state ("Sweden's Saab") that signs with another state sells to it; a state's own body ("Peru's
// army") that signs with another state buys from it. Phrasings of our own.
describe("a state's firm that signs a deal with a state sells to it", () => {
  it.each([
    ["Sweden's Saab signed a deal with Thailand for four Gripen jets.", "SWE>THA aircraft 4"],
    ["Chile's Andes Motors signed a contract with Peru for 90 tanks on Friday.", "CHL>PER armoured-vehicles 90"],
    ["Spain's Navantia signed a contract with Chile for two frigates in May.", "ESP>CHL naval 2"],
    ["Peru's army signed a contract with Sweden for 16 jets.", "SWE>PER aircraft 16"],
  ])("%s", (text, flow) => {
    expect(flows(text)).toContain(flow);
  });
});
