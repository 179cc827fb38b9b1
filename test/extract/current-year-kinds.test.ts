// "The current year" is the report's year, as "this year" is: a sum or a lot meant for it is dated to that year.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "current-year.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "current-year", outlet: "Probe Wire", published: "2024-09-18" } as never }).claims;

describe("the current year is this year", () => {
  it.each([
    "Germany will give Ukraine 40 guns in the current year.",
    "For the current year, Spain has set aside 800 million euros in military aid for Ukraine.",
    "Poland expects to receive 96 Apache helicopters from the United States during the current year.",
  ])("%s", (text) => {
    const claims = claimsOf(text);
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.every((c) => c.period?.start === "2024")).toBe(true);
  });
});
