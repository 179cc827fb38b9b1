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
    "Minsk has no plans to send Moscow any rockets.",
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
    ["Officials were not aware of a sale of that kind.", "doubted"],
    ["The UN had no information about the shipments.", "doubted"],
    ["It needs days to verify whether the satellite works.", "doubted"],
    ["The Pentagon has no confirmation that Tehran sent rockets.", "doubted"],
    ["Damascus has been accused of buying shells from Pyongyang.", "reported"],
    ["The minister recalled a promise to supply radars to Minsk.", "possible"],
    ["The ministry called the claims disinformation.", "denied"],
    ["Delhi bought French jets instead of Russian ones.", "denied"],
    ["A video appeared to show Iranian rockets on the ship.", "believed"],
    ["The crates seemed to hold artillery shells.", "believed"],
    ["The convoy appears to carry Belarusian fuel.", "believed"],
  ])("%s → %s", (text, certainty) => expect(strongest(text)).toContain(certainty));
});

describe("findCues: halted and cancelled transfers are denied, a delay is not", () => {
  it.each([
    "Talks on buying Russian helicopters were suspended last year.",
    "Washington withheld a shipment of heavy bombs.",
    "Delhi cancelled an order for 40 tanks.",
    "Berlin froze the sale of the frigates.",
    "The deal was called off in May.",
  ])("%s", (text) => expect(strongest(text)).toContain("denied"));
  it.each(["The deliveries were delayed by three years.", "The handover was postponed until spring."])("no denial: %s", (text) => expect(strongest(text)).not.toContain("denied"));
});

describe("findCues: the month May is no modal", () => {
  it.each([
    "Poland delivered 20 tanks to Ukraine in May.",
    "The shells left the port on 3 May, officials said.",
    "Since May 2023 Minsk has sent fuel to Moscow.",
  ])("%s", (text) => expect(strongest(text)).not.toContain("possible"));
  it.each(["Iran may send drones to Russia.", "May the ships carry shells? Officials think so."])("still a modal: %s", (text) => expect(strongest(text)).toContain("possible"));
});
