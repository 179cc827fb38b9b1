// A count of works ("two munitions plants", "three drone factories") is not an amount of the goods they make.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "works.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "works", outlet: "Works Wire", published: "2025-04-10" } as never }).claims;
const figures = (text: string) => claimsOf(text).filter((c) => c.kind === "transfer").map((c) => c.quantity?.value ?? null);

describe("a count of works is no amount of goods", () => {
  it.each([
    "North Korea has converted two munitions plants to supply shells to Russia.",
    "Iran opened three drone factories that now send Shahed drones to Russia.",
    "Belarus runs four shell production lines that deliver ammunition to Russia.",
  ])("%s", (text) => {
    const got = claimsOf(text).filter((c) => c.kind === "transfer");
    expect(got.length).toBeGreaterThan(0);
    expect(figures(text).filter((v) => v !== null && v < 10)).toEqual([]);
  });

  it("keeps counts of goods, and the goods' count beside a count of works", () => {
    expect(figures("Poland sent two howitzers to Ukraine.")).toEqual([2]);
    expect(figures("Iran shipped 300 drones to Russia, made in two plants near Isfahan.")).toEqual([300]);
  });
});
