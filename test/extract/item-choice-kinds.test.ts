// Which item a sentence's goods are, and that one thing is read once: a model name joined to its noun by "-type"
// or "-style" is one thing.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "items.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "items", outlet: "Probe Wire", published: "2024-03-07" } as never }).claims;

describe("a model name and its noun joined by '-type' or '-style' are one thing", () => {
  it.each([
    "Russia now turns out around 3,000 Shahed-type drones a month, Ukraine's military intelligence said.",
    "The Alabuga plant is producing some 300 Geran-style attack drones a week, Kyiv's intelligence service believes.",
    "Russian factories now assemble about 1,500 Geran-type kamikaze drones every month, a Ukrainian general said.",
  ])("%s", (text) => {
    const drones = claimsOf(text).filter((c) => c.item === "drones");
    expect(drones).toHaveLength(1);
    expect(drones[0].kind).toBe("production");
  });
});
