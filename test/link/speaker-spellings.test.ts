// One person, spelt two ways by two reports, is one origin ("Yevgeniy Tarassenko" and "Yevgeny Tarasenko",
// "Amir-Farahmand" and "Amirfarahmand", "Zakharchenko" and "Zaharchenko"); two people who share only a family name ("Kim Sung-ho", "Kim Dae-won") are
// two. The names below are our own and not in the gazetteer, so only the spelling decides.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { linkClaims } from "../../src/link/link-claims.js";
import { sameSpeaker } from "../../src/link/sources.js";
import { meta, toClaim } from "./helpers.js";

const docs = new Map([
  ["a", meta({ id: "a", outlet: "Lakeshore Courier", published: "2024-05-14" })],
  ["b", meta({ id: "b", outlet: "Upland Gazette", published: "2024-05-15" })],
]);

let n = 0;
const said = (doc: string, speaker: string, evidence: string, country: string): Claim =>
  toClaim({ doc, kind: "transfer", supplier: "PRK", recipient: "RUS", item: "ballistic-missiles", quantity: null, period: null, certainty: "asserted", source: { speaker, org: null, country }, evidence, stated: "2024-05-14" }, n++);

const linked = (a: Claim, b: Claim) => {
  const links = linkClaims([a, b], docs);
  return links.get(a.id) === links.get(b.id);
};

describe("one person spelt two ways is one origin", () => {
  it.each([
    ["Yevgeniy Tarassenko", "Yevgeny Tarasenko", "UKR"],
    ["Mohammad-Reza Amir-Farahmand", "Mohammadreza Amirfarahmand", "IRN"],
    ["Zakharchenko", "Oleksandr Zaharchenko", "UKR"],
  ])("%s and %s", (one, other, country) => {
    const a = said("a", one, `North Korean missiles are reaching Russia, ${one} said on Tuesday.`, country);
    const b = said("b", other, `${other} said on Tuesday that Pyongyang keeps sending missiles to Moscow.`, country);
    expect(sameSpeaker(one, other)).toBe(true);
    expect(linked(a, b)).toBe(true);
  });
});

describe("two people who share only a family name are two origins", () => {
  it.each([
    ["Kim Sung-ho", "Kim Dae-won"],
    ["Park Min-jae", "Park Hye-rin"],
    ["Lee Dong-hwan", "Lee Soo-bin"],
  ])("%s and %s", (one, other) => {
    const a = said("a", one, `North Korea has sent missiles to Russia, ${one} said on Tuesday.`, "KOR");
    const b = said("b", other, `${other} also said on Tuesday that the North had shipped missiles to Moscow.`, "KOR");
    expect(sameSpeaker(one, other)).toBe(false);
    expect(linked(a, b)).toBe(false);
  });

  it("still takes a family name alone, or with a title, for the full name", () => {
    expect(sameSpeaker("Kim Sung-ho", "Kim")).toBe(true);
    expect(sameSpeaker("Maj. Gen. Kim Sung-ho", "Kim Sung-ho")).toBe(true);
    expect(sameSpeaker("Tarasenko", "Yevgeniy Tarasenko")).toBe(true);
  });
});
