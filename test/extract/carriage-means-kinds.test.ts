// The vehicles that goods go by ("by transport aircraft", "by cargo ships") are how they moved, no goods
// of their own. Phrasings of our own.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const itemsOf = (text: string): string[] =>
  processDocument({ path: "means.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "means", outlet: "Probe Wire", published: "2024-05-02" } as never }).claims.map((c) => c.item);

describe("goods that go 'by' a vehicle are not that vehicle", () => {
  it.each([
    ["Iran sent drones to Russia by ship; some also went by transport aircraft.", "drones"],
    ["Chad's new rifles came from Turkey by military transport aircraft, officials said.", "weapons-unspecified"],
    ["Iran flew the drones to Russia by transport aircraft, the report said.", "drones"],
  ])("%s", (text, item) => {
    expect(itemsOf(text)).toEqual([item]);
  });

  it("aircraft handed over are still aircraft", () => {
    expect(itemsOf("Russia delivered six transport aircraft to Belarus by the end of May.")).toContain("aircraft");
  });
});
