// Certainty cues of weigh-certainty (SCHEMA.md, "Certainty"), on phrasings made up for the test.
import { describe, expect, it } from "vitest";
import { findCues } from "../../src/extract/weigh-certainty.js";

const cues = (text: string) => findCues(text).map((c) => [c.certainty, text.slice(c.span.start, c.span.end)]);
const strongest = (text: string) => cues(text).map(([c]) => c);

describe("findCues: a negated transfer verb is a denial", () => {
  it.each([
    "Beijing does not sell weapons to either side.",
    "Seoul is not supplying lethal arms to Kyiv.",
    "Iran has NOT delivered missiles to Moscow.",
    "Pyongyang doesn't ship shells abroad.",
    "Minsk has never sent troops to Russia.",
    "Tehran has no plans to supply Russia with missiles.",
  ])("%s", (text) => expect(strongest(text)).toContain("denied"));
  it.each([
    "It not only supplied shells but also sent troops.",
    "The army does not officially possess the launchers but had delivered four.",
    "Seoul has been supplying Kyiv with non-lethal equipment.",
  ])("no denial: %s", (text) => expect(strongest(text)).not.toContain("denied"));
});

describe("findCues: other kinds", () => {
  it.each([
    ["Kyiv is also to receive 30 tanks.", "possible"],
    ["The howitzers are scheduled to arrive in May.", "possible"],
    ["Moscow was to supply five squadrons by 2024.", "possible"],
    ["According to the newspaper, two ships carried shells.", "reported"],
    ["According to an investigation by the daily, Minsk sent shells.", "reported"],
    ["It called the story a false report planted by Tokyo.", "denied"],
    ["The ministry said it was not aware of any such sale.", "doubted"],
    ["The UN had no information about the shipments.", "doubted"],
    ["It needs days to verify whether the satellite works.", "doubted"],
  ])("%s → %s", (text, certainty) => expect(strongest(text)).toContain(certainty));
});
