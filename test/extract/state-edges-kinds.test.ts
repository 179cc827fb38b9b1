// A state that names an edge of itself ("near the Ukrainian border", "the border with Ukraine", "Russia's coast")
// names a place: nothing moves to it. Texts of our own.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function flows(text: string): string[] {
  const doc = processDocument({ path: "edges.txt", bytes: new TextEncoder().encode(text), meta: { id: "edges", published: "2024-03-27", outlet: "Test Wire" } });
  return doc.claims.filter((c) => c.kind === "transfer").map((c) => `${c.supplier} ${c.recipient}`);
}

describe("the state of a border is no receiver", () => {
  it.each([
    ["Trains carried the North Korean shells to depots near the Ukrainian border.", "UKR"],
    ["Belarus moved 30 tanks to bases along the border with Ukraine.", "UKR"],
    ["Moscow deployed North Korean howitzers to the Ukrainian border.", "UKR"],
    ["Belarus sent troops to its border with Poland.", "POL"],
    ["Russia sent S-400 systems to its border with Finland.", "FIN"],
    ["Iranian drones were flown to airfields on the Caspian coast of Russia, then on to sites near the Ukrainian frontier.", "UKR"],
  ])("%s", (text, place) => {
    expect(flows(text).some((f) => f.split(" ")[1] === place)).toBe(false);
  });

  it("a receiver named besides the border still receives", () => {
    expect(flows("Poland sent 30 tanks to Ukraine across the Polish border.")).toContain("POL UKR");
  });
});
