// A headline that gives to one state and names no giver ("Western capitals count their gifts to Moldova") sets the
// receiver of the report: before any flow is told, a giver the body names alone gives to it. A headline that names
// a state otherwise (whose war, whose economy) sets none. Phrasings of our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "headline.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "headline", outlet: "Probe Review", published: "2025-06-11" } as never }).claims;

const cores = (text: string) => claimsOf(text).filter((c) => c.kind === "transfer").map((c) => `${c.supplier}>${c.recipient} ${c.item}`);

describe("a giver named alone gives to the receiver of the headline", () => {
  it.each([
    ["Western capitals count their gifts to Moldova in press releases", "Every donor likes a ceremony. Vienna has now delivered six armoured vehicles, officials there say.", "AUT>MDA armoured-vehicles"],
    ["Military support for Georgia: where deliveries stand", "The list is short. Warsaw, to its credit, has shipped 40 mortars since the spring.", "POL>GEO artillery-systems"],
    ["Why aid for Armenia arrives so slowly", "Paris has sent three air defence systems, which is a start.", "FRA>ARM air-defence-systems"],
  ])("%s", (headline, body, expected) => {
    expect(cores(`${headline}\n\n${body}`)).toContain(expected);
  });
});

describe("a headline that names a state otherwise sets no receiver", () => {
  it.each([
    ["Russia's war economy strains under sanctions", "Iran has sent 200 drones, officials say.", "RUS"],
    ["Georgia votes on Sunday", "Warsaw has shipped 40 mortars since the spring.", "GEO"],
    ["Moldova's president visits Austria", "Vienna has now delivered six armoured vehicles.", "MDA"],
  ])("%s", (headline, body, state) => {
    expect(cores(`${headline}\n\n${body}`).filter((c) => c.includes(`>${state} `))).toEqual([]);
  });
});
