// A month named without a year in a transfer still to come lies ahead of the report, not behind it: written in
// March 2024, "will deliver ... in June" is June 2024 and "plans to send ... in January" January 2025.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "ahead.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "ahead", outlet: "Probe Wire", published: "2024-03-07" } as never }).claims;

describe("a yearless month after a word of a transfer to come is the next such month", () => {
  it.each([
    ["Norway will deliver 12 howitzers to Ukraine in June.", "2024-06"],
    ["Ukraine expects to receive 12 howitzers from Norway in June.", "2024-06"],
    ["Ukraine is set to receive 12 howitzers from Norway in June.", "2024-06"],
    ["Norway plans to send 12 howitzers to Ukraine in January.", "2025-01"],
    ["Norway will deliver 12 howitzers to Ukraine in March.", "2024-03"],
  ])("%s", (text, start) => {
    const claims = claimsOf(text);
    expect(claims.length).toBe(1);
    expect(claims[0].period?.start).toBe(start);
  });

  it.each([
    ["Norway sent 12 howitzers to Ukraine in June.", "2023-06"],
    ["Norway delivered 12 howitzers to Ukraine in January.", "2024-01"],
  ])("a done transfer keeps the last such month: %s", (text, start) => {
    expect(claimsOf(text)[0].period?.start).toBe(start);
  });
});
