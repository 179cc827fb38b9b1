import { describe, expect, it } from "vitest";
import { splitBlock } from "./sentence-boundaries.js";

const split = (text: string) => {
  const out: { start: number; end: number }[] = [];
  splitBlock(text, 0, text.length, out);
  return out.map((s) => text.slice(s.start, s.end));
};

describe("splitBlock", () => {
  it("keeps titles, initials and dates together", () => {
    expect(split("Col. Ri and Dr. Ahn met on Feb. 3. They talked.")).toEqual(["Col. Ri and Dr. Ahn met on Feb. 3.", "They talked."]);
    expect(split("A note by T. S. Grant came. It was short.")).toEqual(["A note by T. S. Grant came.", "It was short."]);
  });
  it("breaks after an acronym only before a sentence starter", () => {
    expect(split("Aid came from the U.S. Navy yesterday.")).toEqual(["Aid came from the U.S. Navy yesterday."]);
    expect(split("Aid came from the U.S. It was late.")).toEqual(["Aid came from the U.S.", "It was late."]);
  });
  it("ends a sentence after a hyphenated name and keeps decimals and calibres", () => {
    expect(split("Guns of 122 mm went to Kim Jong-un. Then 4.5 million rounds followed.")).toEqual([
      "Guns of 122 mm went to Kim Jong-un.",
      "Then 4.5 million rounds followed.",
    ]);
  });
  it("keeps a quotation of several sentences with its attribution", () => {
    expect(split("\u201cIt left. It arrived,\u201d an aide said. Later, more came.")).toEqual(["\u201cIt left. It arrived,\u201d an aide said.", "Later, more came."]);
    expect(split('"Ship it now." The order was clear.')).toEqual(['"Ship it now."', "The order was clear."]);
  });
  it("closes a straight quote with a curly one and the reverse", () => {
    expect(split('"We have shipped enough,\u201d the envoy said. Nobody replied.')).toEqual(['"We have shipped enough,\u201d the envoy said.', "Nobody replied."]);
    expect(split('\u201cThe lorries are back," a driver told us. The border reopened.')).toEqual(['\u201cThe lorries are back," a driver told us.', "The border reopened."]);
    expect(split('He called it "a loan.\u201d Others called it a gift. The debate went on.')).toEqual(['He called it "a loan.\u201d', "Others called it a gift.", "The debate went on."]);
    expect(split('A "5" mark stood on it. Later it was gone.')).toEqual(['A "5" mark stood on it.', "Later it was gone."]);
  });
  it("ends a sentence at a period glued to the next one", () => {
    expect(split("Deliveries stopped late in the year.In March they resumed.")).toEqual(["Deliveries stopped late in the year.", "In March they resumed."]);
    expect(split("The convoy left in 2023.Officials confirmed it.")).toEqual(["The convoy left in 2023.", "Officials confirmed it."]);
    expect(split('The ministry denied it."Nothing was sold," it said.')).toEqual(["The ministry denied it.", '"Nothing was sold," it said.']);
  });
  it("ends a sentence at a note's number glued to its period", () => {
    expect(split("The frigate was handed over.(4) In May the crew trained.")).toEqual(["The frigate was handed over.(4)", "In May the crew trained."]);
    expect(split("Rifles were shipped by sea.\u00b2 Customs logged every crate.")).toEqual(["Rifles were shipped by sea.\u00b2", "Customs logged every crate."]);
    expect(split("The drones reached the port.17 Officials counted them.")).toEqual(["The drones reached the port.17", "Officials counted them."]);
  });
  it("keeps decimals, abbreviations and section numbers before a capital", () => {
    expect(split("The loan grew to 2.5 Billion euros in all.")).toEqual(["The loan grew to 2.5 Billion euros in all."]);
    expect(split("Under art.5 Members help each other.")).toEqual(["Under art.5 Members help each other."]);
    expect(split("The ban in section.4 Transfers covers shells.")).toEqual(["The ban in section.4 Transfers covers shells."]);
    expect(split("It ran on release 3.1 Beta builds.")).toEqual(["It ran on release 3.1 Beta builds."]);
  });
  it("keeps web addresses, initials and abbreviations glued", () => {
    expect(split("See Reuters.com or www.Example.org for more. Then stop.")).toEqual(["See Reuters.com or www.Example.org for more.", "Then stop."]);
    expect(split("Gen.Kim and Mr.Ri met J.R.Smith at No.5 Dock.")).toEqual(["Gen.Kim and Mr.Ri met J.R.Smith at No.5 Dock."]);
  });
  it("does not break before a lower-case word or inside No. 5", () => {
    expect(split("Rounds, approx. ten thousand, left from pier No. 5 today. done.")).toEqual(["Rounds, approx. ten thousand, left from pier No. 5 today. done."]);
  });
});
