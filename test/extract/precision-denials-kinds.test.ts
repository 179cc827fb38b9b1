// Sentences, written for the test, where the page's false claims came from how a reply or a denial was read.
// Three phrasings of our own per rule, each failing without it.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "precision.txt", bytes: Buffer.from(text), meta: { id: "precision", outlet: "Probe Wire", published: "2024-05-02" } as never }).claims;
const line = (c: Claim) => `${c.supplier} ${c.recipient} ${c.item} ${c.certainty} ${c.source.country ?? c.source.org}`;
const denialsOf = (text: string) => claimsOf(`${text}\n`).filter((c) => c.certainty === "denied").map(line);

describe("a denial of 'these accusations' after a sentence of several goods denies the flow the page leads with, once (claims/denials.ts)", () => {
  it.each([
    [
      "According to a UN panel, Iran has shipped arms worth $40 million to Sudan over the past year.\n\nThe panel said the consignments included Mohajer drones, mortar rounds and anti-tank rockets.\n\nTehran denied the allegations on Monday.",
      "IRN SDN weapons-unspecified denied IRN",
    ],
    [
      "Kyiv says Pyongyang has sent around 15,000 containers of weapons to Moscow since the autumn.\n\nUkrainian officials said the shipments included Bulsae anti-tank missiles and 240mm rockets.\n\nThe Kremlin rejected those claims.",
      "PRK RUS weapons-unspecified denied RUS",
    ],
    [
      "Latvian intelligence says Belarus has sent some 300 wagons of military equipment to Russia since March.\n\nThe agency said Minsk also handed Moscow mortar shells and anti-aircraft missiles in May.\n\nMinsk has dismissed these accusations as lies.",
      "BLR RUS weapons-unspecified denied BLR",
    ],
  ])("%s", (text, denial) => {
    expect(denialsOf(text)).toEqual([denial]);
  });
});

describe("'rules out' refuses the goods after it, and 'as' before a named subject and its verb ends the reach of that refusal (certainty-cues.json)", () => {
  const lines = (text: string) => claimsOf(`${text}\n\nMore on the war follows.\n`).map((c) => `${c.supplier} ${c.recipient} ${c.item} ${c.certainty}`);
  it.each([
    ["Canada to send more LAV armoured vehicles to Kyiv as Carney rules out CF-18 fighter jets", "CAN UKR aircraft denied", "CAN UKR armoured-vehicles denied"],
    ["Spain will send 10 Leopard tanks to Ukraine, but Prime Minister Pedro Sanchez ruled out F-18 jets.", "ESP UKR aircraft denied", "ESP UKR armoured-vehicles denied"],
    ["Italy to ship two more SAMP/T batteries to Ukraine as Meloni rules out Storm Shadow missiles", "ITA UKR missiles-other denied", "ITA UKR air-defence-systems denied"],
    ["Paris has ruled out supplying Mirage jets to Kyiv for now.", "FRA UKR aircraft denied", "FRA UKR aircraft asserted"],
  ])("%s", (text, held, notHeld) => {
    expect(lines(text)).toContain(held);
    expect(lines(text)).not.toContain(notHeld);
  });
  it("a refusal that is not ruled out leaves the transfer possible", () => {
    expect(lines("Chancellor Merz did not rule out sending Taurus missiles to Ukraine.")).toEqual(["DEU UKR missiles-other possible"]);
  });
});
