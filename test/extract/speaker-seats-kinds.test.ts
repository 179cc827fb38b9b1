// Where a speaker sits is no party: a state or capital at the end of the phrase of who says ("analysts at a think
// tank in Washington said", "citing researchers at an institute in London"). Texts of our own.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function flows(text: string): string[] {
  const doc = processDocument({ path: "seats.txt", bytes: new TextEncoder().encode(text), meta: { id: "seats", published: "2024-03-27", outlet: "Test Wire" } });
  return doc.claims.filter((c) => c.kind === "transfer").map((c) => `${c.supplier} ${c.recipient} ${c.item}`);
}

describe("the seat of the one who says gives and gets nothing", () => {
  it.each([
    ["Five North Korean tankers have loaded oil at a Russian port since March, a newspaper reported, citing researchers at a defence institute in London.", "RUS PRK oil-fuel", "GBR"],
    ["Three Iranian ships loaded grain at the Russian port of Astrakhan in May, analysts at a think tank in Washington said.", "RUS IRN food", "USA"],
    ["Syrian freighters loaded wheat at a Russian port last month, experts at a maritime data firm in Athens said.", "RUS SYR food", "GRC"],
  ])("%s", (text, flow, seat) => {
    const got = flows(text);
    expect(got).toContain(flow);
    expect(got.some((f) => f.split(" ").includes(seat))).toBe(false);
  });

  it("a pronoun after the verb of saying still points back to the state", () => {
    expect(flows("Officials in Minsk said Belarus sent 40 tanks to Russia.")).toContain("BLR RUS armoured-vehicles");
  });
});

function sources(text: string): string[] {
  const doc = processDocument({ path: "people.txt", bytes: new TextEncoder().encode(text), meta: { id: "people", published: "2024-03-27", outlet: "Test Wire" } });
  return [...new Set(doc.claims.filter((c) => c.kind === "transfer").map((c) => c.source.org ?? "-"))];
}

describe("researchers, analysts or experts of a named body speak as that body, one source", () => {
  it.each([
    ["Belarus sent 40 tanks to Russia, a newspaper reported, citing researchers at the Kestrel Institute.", "Kestrel Institute"],
    ["Iran sent 200 drones to Russia, a broadcaster said, quoting researchers from the Vantor Research Group.", "Vantor Research Group"],
    ["Iran sent 200 drones to Russia, according to researchers with the Halden Project.", "Halden Project"],
  ])("%s", (text, org) => {
    expect(sources(text)).toEqual([org]);
  });
});
