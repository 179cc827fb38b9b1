// The one who first told a figure, named in the sentence in forms of telling the outlet only passes on: a person's
// announcement, promise or pledge with its content after "that" ("Ana Ruiz's announcement on Monday that ..."), and a
// speaker who "recalled" or "made clear" what the sentence tells. The claim is that person's or body's, not the outlet's.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "origin.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "origin", outlet: "Probe Wire", published: "2024-03-07" } as never }).claims;

const sourceOf = (text: string, figure: string): string | null => {
  const claim = claimsOf(text).find((c) => String(c.quantity?.value) === figure);
  expect(claim).toBeDefined();
  return claim!.source.speaker ?? claim!.source.org;
};

describe("a person's announcement or promise told with its content after 'that' is that person's", () => {
  it.each([
    // An announcement with its day between the noun and "that".
    ["Ana Ruiz's announcement on Tuesday that Peru had handed Chile 16 howitzers drew thanks from Santiago.", "Ana Ruiz", "16"],
    // A promise with "last month" before "that".
    ["Jorge Salas's promise last month that Chile would hand Bolivia 250 rifles is still being kept.", "Jorge Salas", "250"],
    // A pledge right before "that".
    ["Lars Berg's pledge that Norway would ship Latvia 9 patrol boats has been met in full.", "Lars Berg", "9"],
  ])("%s", (text, who, figure) => {
    expect(sourceOf(text, figure)).toBe(who);
  });
});

describe("a speaker who recalled or made clear what the sentence tells is its source", () => {
  it.each([
    // A body after the claim, "recalled on" a day.
    ["Chile sold Bolivia 70 trucks in 2022, the Chilean embassy in La Paz recalled on Tuesday.", "Chilean embassy in La Paz", "70"],
    // A person before "recalled that".
    ["Prime Minister Ana Ruiz recalled that Peru had already given Chile 35 radars.", "Ana Ruiz", "35"],
    // A person who "made it clear that".
    ["Defence Minister Lars Berg made it clear that Norway would sell Latvia 14 armoured vehicles.", "Lars Berg", "14"],
  ])("%s", (text, who, figure) => {
    expect(sourceOf(text, figure)).toBe(who);
  });
});
