// Shapes of a transfer that were read as nothing: the British spelling of a verb of sending ("despatched"), a
// buyer that signs a contract with a maker of another state for goods ("signed a contract with Chile's X for 90
// tanks"), and goods with no carrier that reach a state's forces ("400 howitzers had reached Peruvian units").
// Phrasings of our own, with twins that tell no such transfer.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function flowsOf(page: string) {
  const doc = processDocument({ path: "recall.txt", bytes: new TextEncoder().encode(page), meta: { id: "recall", outlet: "Test Wire", published: "2024-06-14" } });
  return doc.claims.map((c) => `${c.supplier}>${c.recipient} ${c.item}${c.quantity?.value != null ? ` ${c.quantity.value}` : ""}`);
}

describe("the British spelling of dispatch sends", () => {
  it.each([
    ["Chile has despatched about 6,700 containers to Peru since September.", "CHL>PER goods-unspecified 6700"],
    ["Bolivia despatched 200 containers to Paraguay in May, officials said.", "BOL>PRY goods-unspecified 200"],
    ["Ecuador is despatching 40 containers to Colombia every week, officials said.", "ECU>COL goods-unspecified 40"],
  ])("%s", (page, flow) => expect(flowsOf(page)).toContain(flow));
});

describe("a buyer that signs a contract with another state's maker for goods gets them from that state", () => {
  it.each([
    ["Peru on Friday signed a contract with Chile's Andes Motors for 90 more tanks, the ministry said.", "CHL>PER armoured-vehicles 90"],
    ["Brazil signed a deal worth $900 million with Argentina's Pampa Arms for 40 howitzers on Tuesday.", "ARG>BRA artillery-systems 40"],
    ["Lima inked a deal with Chilean maker Andes Motors for 16 armoured vehicles last month.", "CHL>PER armoured-vehicles 16"],
    ["Peru on Friday signed a contract worth about $1.2 billion with Chile's Andes Motors for 60 more tanks.", "CHL>PER armoured-vehicles 60"],
  ])("%s", (page, flow) => expect(flowsOf(page)).toContain(flow));

  it.each([
    "Peru on Friday signed a contract with Chile's Andes Motors for 90 more tanks, the ministry said.",
    "Brazil signed a deal worth $900 million with Argentina's Pampa Arms for 40 howitzers on Tuesday.",
    "Lima inked a deal with Chilean maker Andes Motors for 16 armoured vehicles last month.",
  ])("the goods of a contract signed are yet to come: %s", (page) => {
    const claims = claimsOf(page);
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.every((c) => c.certainty === "possible")).toBe(true);
  });

  it.each([
    ["Chile's Andes Motors signed a contract with Peru for 90 tanks on Friday.", "PER>CHL armoured-vehicles 90"],
    ["Peru signed a deal with Chile's port authority for cooperation on customs, the ministry said.", "CHL>PER"],
  ])("no such flow: %s", (page, flow) => expect(flowsOf(page).some((f) => f.startsWith(flow))).toBe(false));
});

describe("goods with no carrier that reach a state's forces are in its hands", () => {
  it.each([
    ["The minister said on Monday that 400 Chilean howitzers had reached Peruvian units since March.", "CHL>PER artillery-systems 400"],
    ["Chile has sent arms to Peru all year. About 300 mortars reached Peruvian forces in May, officials said.", "CHL>PER artillery-systems 300"],
    ["The ministry said 50 Bolivian rocket launchers had reached the Paraguayan army by May.", "BOL>PRY artillery-systems 50"],
  ])("%s", (page, flow) => expect(flowsOf(page)).toContain(flow));

  it.each([
    ["Peruvian tanks reached Peruvian units near the border on Monday.", ">PER armoured-vehicles"],
    ["Chile has sent arms to Peru all year. About 3,000 Chilean volunteers reached Peruvian units in May, officials said.", "CHL>PER troops"],
  ])("no such flow: %s", (page, flow) => expect(flowsOf(page).some((f) => f.includes(flow))).toBe(false));
});

function claimsOf(page: string) {
  const doc = processDocument({ path: "recall.txt", bytes: new TextEncoder().encode(page), meta: { id: "recall", outlet: "Test Wire", published: "2024-02-29" } });
  return doc.claims;
}

describe("the design of a weapon, handed or received, is technology", () => {
  it.each([
    ["Chile handed the design of its Condor-3 to Peru in 2022.", "CHL>PER"],
    ["Peru has received the designs of Chilean missiles, officials said.", "CHL>PER"],
    ["Peru began making the drones itself after receiving the design from Chile.", "CHL>PER"],
    ["Peru agreed to pay Chile about $1 billion for drone designs, officials said.", "CHL>PER"],
  ])("%s", (page, flow) => expect(claimsOf(page).some((c) => `${c.supplier}>${c.recipient}` === flow && c.item === "military-technology")).toBe(true));

  it("the design of no weapon is none", () => {
    expect(claimsOf("The design of the new sanctions regime was criticised by Chile and Peru.").some((c) => c.item === "military-technology")).toBe(false);
  });
});

describe("what containers could accommodate is a figure worked out from the load", () => {
  it.each([
    ["Defence Minister Juan Perez said on Monday that Chile has sent 900 containers to Peru, which could accommodate around 2 million shells.", 2000000],
    ["Officials said Chile shipped 300 containers to Peru in May that could accommodate about 600,000 rounds.", 600000],
    ["Officials said Chile sent 40 crates to Peru, which can accommodate up to 8,000 shells.", 8000],
  ])("%s", (page) => {
    const claims = claimsOf(page);
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.some((c) => c.certainty === "possible")).toBe(false);
    expect(claims.some((c) => c.certainty === "believed")).toBe(true);
  });
});

describe("a place before a colon and a titled person right after it is a dateline: the person speaks", () => {
  it.each([
    ["Lima: Defence Minister Juan Perez on Monday stated that Chile has sent 40 tanks to Peru.", "Juan Perez"],
    ["Quito: Foreign Minister Ana Ruiz said on Monday that Colombia had sold 12 jets to Ecuador.", "Ana Ruiz"],
    ["Bogota: Army chief Luis Mora said that Venezuela had given 30 drones to Colombia.", "Luis Mora"],
  ])("%s", (page, speaker) => expect(claimsOf(page)[0]?.source.speaker).toBe(speaker));

  it("a headline that names its source first keeps it", () => {
    expect(claimsOf("Lima: Chile sent 40 tanks to Peru")[0]?.source.country).toBe("PER");
  });
});

describe("a weekday after a speaker's name dates the saying, whatever the tagger makes of the name", () => {
  it.each([
    "Defence Minister Lee Won-sik on Monday stated that Chile has sent 40 tanks to Peru since March last year.",
    "Defence Minister Lee Sang-hoon on Monday stated that Chile has sent 40 tanks to Peru since March last year.",
    "Defence Minister Kim Won-sik on Thursday announced that Chile has sent 40 tanks to Peru since March last year.",
  ])("%s", (page) => expect(claimsOf(page)[0]?.period?.start).toBe("2023-03"));
});
