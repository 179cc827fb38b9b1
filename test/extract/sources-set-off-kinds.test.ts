// attribute-sentences: a speaker the words around marks off (a role before a lone surname, a body in brackets after a
// name, the aside naming who gave an answer) and verbs of saying with a time phrase or a charge. Each block is one
// shape, told at least three ways (own phrasings: other states, items, speakers).
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function claimsOf(text: string) {
  const doc = processDocument({ path: "kinds.txt", bytes: Buffer.from(text), meta: { id: "kinds", url: "https://probe.example/kinds", outlet: "Probe Wire", published: "2024-05-10" } as never });
  return doc.claims;
}

/** Every claim as "supplier>recipient certainty | speaker | org | country" ("-" for null). */
function readingsOf(text: string): string[] {
  return claimsOf(text).map((c) => `${c.supplier}>${c.recipient} ${c.certainty} | ${[c.source.speaker ?? "-", c.source.org ?? "-", c.source.country ?? "-"].join(" | ")}`);
}

function expectAll(text: string, reading: RegExp): void {
  const found = readingsOf(text);
  expect(found.length).toBeGreaterThan(0);
  for (const r of found) expect(r).toMatch(reading);
}

describe("a lone surname set off by commas right after a role speaks, with the role's body", () => {
  it.each([
    ["Chile has shipped 40 howitzers to Peru, the chief of Bolivia's army, Morales, said.", /^CHL>PER asserted \| Morales \| .* \| BOL$/],
    ["Earlier, the head of Estonia's navy, Tamm, said Sweden had delivered 12 patrol boats to Estonia.", /^SWE>EST asserted \| Tamm \|/],
    ["Norway sold 200 rifles to Sudan last year, the director of Finland's customs, Virtanen, told reporters.", /^NOR>SDN asserted \| Virtanen \|/],
  ])("%s", (text, reading) => expectAll(text, reading));
});

describe("a name with a body in brackets right after it speaks for that body", () => {
  it.each([
    ["Morales (Bolivian army) said Chile has shipped 40 howitzers to Peru.", /^CHL>PER asserted \| Morales \| Bolivian army \| BOL$/],
    ["- Tamm (EDF) told a radio show in May that Sweden delivered 12 patrol boats to Estonia.", /^SWE>EST asserted \| Tamm \|/],
    ["Norway sold 200 rifles to Sudan, Lars Berg (Finnish customs) told reporters.", /^NOR>SDN asserted \| Lars Berg \|/],
  ])("%s", (text, reading) => expectAll(text, reading));
});

describe("an answer's giver, named in an aside after the answer noun, is its source; the parties of the answer stay", () => {
  it.each([
    ["Lima's reply, through spokesman Jorge Salas, was that it has never provided tanks to Bolivia.", /^PER>BOL denied \| Jorge Salas \| .* \| PER$/],
    ["The reply from Oslo, via government spokesman Lars Berg, was that Norway had never sold rifles to Sudan.", /^NOR>SDN denied \| Lars Berg \| .* \| NOR$/],
    ["The answer from Quito, given by spokeswoman Ana Ruiz, was that Chile had never sold tanks to Peru.", /^CHL>PER denied \| Ana Ruiz \| .* \| ECU$/],
  ])("%s", (text, reading) => expectAll(text, reading));
});

describe("'replied' with a time phrase before 'that' is a verb of saying", () => {
  it.each([
    ["Chilean navy spokesman Ana Ruiz replied on Friday that Chile has never sold frigates to Peru.", /^CHL>PER denied \| Ana Ruiz \|/],
    ["Peru's foreign minister Jorge Salas replied last week that no tanks had gone from Peru to Bolivia.", /^PER>BOL denied \| Jorge Salas \|/],
    ["Norwegian defence spokesman Lars Berg replied this morning that Norway sold no rifles to Sudan.", /^NOR>SDN denied \| Lars Berg \|/],
  ])("%s", (text, reading) => expectAll(text, reading));
});

describe("one who blames a state for a transfer says it; the blamed state stays the giver", () => {
  it.each([
    ["Peru blamed Chile for supplying 40 howitzers to Bolivia.", /^CHL>BOL asserted \| - \| .* \| PER$/],
    ["The Bolivian army blames Chile for shipping rifles to Peru.", /^CHL>PER asserted \| - \| Bolivian army \| BOL$/],
    ["Estonian officials blamed Russia for sending 30 tanks to Belarus in May.", /^RUS>BLR \w+ \| - \| .* \| EST$/],
  ])("%s", (text, reading) => expectAll(text, reading));
});

describe("a record a state keeps of what it gave speaks for the keeper, who stays the giver", () => {
  it.each([
    ["Sweden publishes a running list of the equipment it has given Ukraine. Its latest version, dated 2 May, shows that 8 Archer howitzers have been handed over to Ukraine.", /^SWE>UKR asserted \| - \| .* \| SWE$/],
    ["Sweden keeps a public list of its aid to Ukraine. The same list also shows 30 CV90 vehicles delivered to Ukraine.", /^SWE>UKR asserted \| - \| .* \| SWE$/],
    ["Oslo's defence ministry has stopped publishing its list of deliveries. The last version of that list, in the spring, showed 12 NASAMS launchers handed to Ukraine by Norway.", /^NOR>UKR asserted \| - \| .* \| NOR$/],
  ])("in a later sentence whose subject is the record (%s)", (text, reading) => {
    const found = readingsOf(text);
    expect(found.some((r) => reading.test(r))).toBe(true);
  });

  it.each([
    ["Norway has updated its published list of military support: it now shows 12 NASAMS launchers handed to Ukraine.", /^NOR>UKR asserted \| - \| .* \| NOR$/],
    ["Denmark keeps an aid list of its own; it now shows 19 F-16 jets given to Ukraine.", /^DNK>UKR \w+ \| - \| .* \| DNK$/],
    ["Norway delivered another 20 M113 carriers to Ukraine, according to the latest update of the Norwegian defence ministry's public list of support.", /^NOR>UKR asserted \| - \| .* \| NOR$/],
  ])("in the sentence that names the keeper (%s)", (text, reading) => expectAll(text, reading));
});

describe("a person named in the possessive before a pledge noun makes the commitment", () => {
  it.each([
    // (Its certainty is not what this asks: "the biggest thing Chile has promised" may be read as a promise that only
    // describes the thing, which weighs nothing.)
    ["Ana Ruiz's October pledge of 40 howitzers to Peru is the biggest thing Chile has promised.", /^CHL>PER \w+ \| Ana Ruiz \|/],
    ["Norwegian defence minister Lars Berg's 2024 promise of 12 patrol boats to Estonia was welcomed in Tallinn.", /^NOR>EST possible \| Lars Berg \| .* \| NOR$/],
    ["Peru's Jorge Salas's March offer of 30 tanks to Bolivia still stands.", /^PER>BOL possible \| Jorge Salas \| .* \| PER$/],
  ])("%s", (text, reading) => expectAll(text, reading));
});
