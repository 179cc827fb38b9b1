// Denials that name their receivers as two states side by side, or as every side: "to Lima or to Quito" (each state after
// its own "to" receives), and "sold rifles to neither side" (the side carried and the one added are both weighed up to the
// phrase). Texts of our own, run through the whole pipeline.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

/** "supplier recipient item certainty" for each transfer claim of `text`. */
function transfers(text: string): string[] {
  const doc = processDocument({ path: "sides.txt", bytes: new TextEncoder().encode(text), meta: { id: "sides", published: "2024-06-01", outlet: "Test Wire" } });
  return doc.claims.filter((c) => c.kind === "transfer").map((c) => [c.supplier ?? "-", c.recipient ?? "-", c.item, c.certainty].join(" "));
}

/** The transfer claims of `text` whose speaker is `speaker`, as `transfers` writes them. */
function spoken(text: string, speaker: string): string[] {
  const doc = processDocument({ path: "sides.txt", bytes: new TextEncoder().encode(text), meta: { id: "sides", published: "2024-06-01", outlet: "Test Wire" } });
  return doc.claims.filter((c) => c.kind === "transfer" && (c.source.speaker ?? "").includes(speaker)).map((c) => [c.supplier ?? "-", c.recipient ?? "-", c.item, c.certainty].join(" "));
}

describe("two receivers, each after its own 'to', both receive", () => {
  it.each([
    ["A spokeswoman for Hanoi, Tran Thi Lan, said Vietnam had never sold rifles to Laos or to Cambodia.", ["VNM LAO weapons-unspecified denied", "VNM KHM weapons-unspecified denied"]],
    ["Norway delivered air-defence systems to Finland and to Estonia last spring.", ["NOR FIN air-defence-systems asserted", "NOR EST air-defence-systems asserted"]],
    ["Kenya's minister said Nairobi would send no troops to Somalia or to Sudan this year.", ["KEN SOM troops denied", "KEN SDN troops denied"]],
  ])("%s", (text, want) => {
    const got = transfers(text);
    for (const w of want) expect(got).toContain(w);
  });
});

describe("'to neither side' weighs the side carried from before as well as the one added", () => {
  it.each([
    ["Bulgarian-made grenades have reached Russian units fighting in Ukraine through brokers, a weekly reported. President Ivan Petrov said Bulgaria sold arms to neither side.", "Petrov", ["BGR RUS weapons-unspecified denied", "BGR UKR weapons-unspecified denied"]],
    ["Kazakh-made shells have reached Armenia via third countries during its dispute with Azerbaijan, a newspaper reported. President Aidar Nurlan said Kazakhstan sold weapons to neither side and could not say where buyers shipped them.", "Nurlan", ["KAZ ARM weapons-unspecified denied", "KAZ AZE weapons-unspecified denied"]],
    ["Indonesian ammunition has reached Ukraine through brokers, a paper reported, angering Russia. Envoy Budi Santoso said Indonesia sold arms to neither side.", "Santoso", ["IDN UKR weapons-unspecified denied", "IDN RUS weapons-unspecified denied"]],
  ])("%s", (text, speaker, want) => {
    const got = spoken(text, speaker);
    for (const w of want) expect(got).toContain(w);
    expect(got.filter((c) => !c.endsWith("denied"))).toEqual([]);
  });
});

describe("every side of the war, where the page names only one: the other is its one war's opponent", () => {
  it.each([
    "Western officials say Chinese machine tools keep flowing to Russia. Beijing has never sold lethal arms to either side in the war, a spokeswoman said.",
    "Moscow buys chips and lathes from Chinese firms. A ministry spokesman said China does not export lethal weapons to any of the warring parties.",
    "In March the Latvian president accused Beijing of shipping rifles and explosives to Russia. China has never sold lethal arms to either party in the conflict, said spokeswoman Mao Ning.",
  ])("%s", (text) => {
    const claims = transfers(text);
    expect(claims).toContain("CHN RUS weapons-unspecified denied");
    expect(claims).toContain("CHN UKR weapons-unspecified denied");
  });
  it.each([
    "Western officials say Chinese machine tools keep flowing to Russia. A spokeswoman rejected the report, saying China had not sold any lethal arms to either side in the war.",
    "Iranian drones keep reaching Russia, a newspaper wrote. Tehran dismissed the claims, saying it has never shipped drones to either side in the war.",
    "Pyongyang has sent shells to Moscow, Seoul says. North Korea called these accusations baseless and said it sells no weapons to either side.",
  ])("a reply to a told transfer keeps to that transfer's receiver: %s", (text) => {
    expect(transfers(text).filter((c) => c.includes(" UKR "))).toEqual([]);
  });
  it("leaves a state of several wars without an opponent the page does not name", () => {
    const claims = transfers("Washington keeps arming Israel. The spokesman said Berlin sends no weapons to either side in the war.");
    expect(claims.filter((c) => c.includes("HAMAS") || c.includes("IRN") || c.includes("HEZBOLLAH"))).toEqual([]);
  });
});

describe("a war named by its state after the phrase: a group the page names as fighting there receives too", () => {
  it.each([
    ["Monitors said cargo planes from the UAE carried rifles to the RSF. Abu Dhabi has denied sending any weapons to either side in Sudan.", "ARE"],
    ["Reporters traced Egyptian shells to the RSF last year. Cairo said it had sold no arms to either side in Sudan.", "EGY"],
    ["Observers saw Turkish drones with the RSF in Darfur, a paper said. Ankara has denied supplying weapons to either side in Sudan.", "TUR"],
  ])("%s", (text, giver) => {
    const claims = transfers(text);
    expect(claims).toContain(`${giver} SDN weapons-unspecified denied`);
    expect(claims).toContain(`${giver} SDN-RSF weapons-unspecified denied`);
  });
});
