// A report may name a state's intelligence by the common noun alone ("Ukrainian intelligence", "Kyiv's intelligence
// service") where the state has no general intelligence service of its own but a defence intelligence one: that body
// speaks, one origin with it by name, so its very figure retold months on is one statement. A state that has a
// general intelligence service keeps the noun for it. All reports below are our own.
import { describe, expect, it } from "vitest";
import { canonicalSource } from "../../src/link/canonical-source.js";
import { statementsOfPages, type Page } from "./helpers.js";

const one = (pages: readonly Page[]) => new Set(statementsOfPages(pages)).size === 1;

const retold: [string, Page, Page][] = [
  [
    "the state's adjective and the noun, the figure retold three months on",
    ["ui1a", "Ukraine's military intelligence agency HUR said on Monday that Iran had sent 230 glide bombs to Russia.", "2025-03-04"],
    ["ui1b", "Ukrainian intelligence has said that Iran shipped 230 glide bombs to Russia.", "2025-05-20"],
  ],
  [
    "the state's name with a possessive, in an 'according to' phrase",
    ["ui2a", "North Korea handed Russia 96 Koksan guns in the autumn, the HUR said on 2 December.", "2024-12-03"],
    ["ui2b", "According to Ukraine's intelligence, 96 Koksan guns went from North Korea to Russia in the autumn.", "2025-02-25"],
  ],
  [
    "the capital and 'intelligence service'",
    ["ui3a", "Belarus has delivered 40 T-72 tanks to Russia, Ukraine's Defence Intelligence said on Friday.", "2025-06-07"],
    ["ui3b", "Kyiv's intelligence service says Belarus has given Russia 40 T-72 tanks.", "2025-08-29"],
  ],
];

describe("a state's intelligence named by the common noun is its defence intelligence where it has no other", () => {
  it.each(retold)("%s", (_, a, b) => expect(one([a, b])).toBe(true));
});

describe("keys", () => {
  it("Ukraine's intelligence is its defence intelligence", () => expect(canonicalSource({ speaker: null, org: "Ukraine's intelligence", country: "UKR" })).toBe("body:ukr-hur"));
  it("South Korea's intelligence stays its general service", () => expect(canonicalSource({ speaker: null, org: "South Korea's intelligence", country: "KOR" })).toBe("body:kor-nis"));
  it("a state with neither keeps the name", () => expect(canonicalSource({ speaker: null, org: "Polish intelligence", country: "POL" })).toBe("org:polish intelligence"));
});

describe("others stay apart", () => {
  it("another figure", () => {
    const [, a, b] = retold[0];
    expect(one([a, [b[0], b[1].replace("230", "410"), b[2]]])).toBe(false);
  });
});
