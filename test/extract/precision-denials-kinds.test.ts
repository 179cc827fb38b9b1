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
