// Goods named by their state's adjective that keep another state's works going ("Chinese machine tools keep Russian
// arms factories running"): the goods' state supplies the works' state, with no transfer verb. Texts of our own.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function flows(text: string): string[] {
  const doc = processDocument({ path: "sustain.txt", bytes: new TextEncoder().encode(text), meta: { id: "sustain", published: "2025-06-10", outlet: "Test Wire" } });
  return doc.claims.filter((c) => c.kind === "transfer").map((c) => `${c.supplier} ${c.recipient} ${c.item}`);
}

describe("goods of one state that keep another's works going move between them", () => {
  it.each([
    ["Chinese machine tools keep Russia's arms factories running, officials say.", "CHN RUS dual-use-goods"],
    ["Iranian components feed Russian drone plants.", "IRN RUS raw-materials"],
    ["Belarusian fuel powers Russia's war machine.", "BLR RUS oil-fuel"],
  ])("%s", (text, want) => {
    const got = flows(text);
    expect(got).toContain(want);
    expect(got.every((f) => f === want)).toBe(true);
  });

  it("no other state named: no claim", () => {
    expect(flows("Chinese chips keep the factories running.")).toEqual([]);
  });
});
