// A state agency's page, published under another of its names, speaks as the agency (SCHEMA.md, state media). Texts of our own.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function own(text: string, outlet: string): { org: string | null; country: string | null }[] {
  const doc = processDocument({ path: "agency.txt", bytes: new TextEncoder().encode(text), meta: { id: "agency", published: "2024-09-04", outlet } });
  return doc.claims.map((c) => ({ org: c.source.org, country: c.source.country }));
}

describe("an agency's own voice is the agency's name", () => {
  it.each([
    ["Belarus has handed Russia a batch of armoured vehicles.", "Belarusian Telegraph Agency", "BelTA", "BLR"],
    ["Iran has delivered a new batch of drones to Venezuela.", "Islamic Republic News Agency", "IRNA", "IRN"],
    ["Russia has supplied Belarus with a new air-defence system.", "TASS news agency", "TASS", "RUS"],
  ])("%s", (text, outlet, org, country) => {
    const got = own(text, outlet);
    expect(got.length).toBeGreaterThan(0);
    expect(got).toContainEqual({ org, country });
  });
});
