// "Units" after a model's name count systems of that model ("two IRIS-T units", "four Patriot units"), not troops:
// the model's goods move, counted as systems. "Units" after a plain word of arms ("artillery units") stay troops.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function claimsOf(page: string) {
  const doc = processDocument({ path: "model-units.txt", bytes: new TextEncoder().encode(page), meta: { id: "model-units", outlet: "Test Wire", published: "2024-06-14" } });
  return doc.claims.map((c) => ({ kind: c.kind, supplier: c.supplier, recipient: c.recipient, item: c.item, unit: c.quantity?.unit ?? null, value: c.quantity?.value ?? null }));
}

describe("units after a model's name are systems", () => {
  it.each([
    ["Berlin is to ship a further three IRIS-T units to Chile over the winter.", "DEU", "CHL", "air-defence-systems", 3],
    ["Peru took delivery of two NASAMS units from Norway in the spring.", "NOR", "PER", "air-defence-systems", 2],
    ["The Netherlands handed four Patriot units to Estonia last year, officials in The Hague said.", "NLD", "EST", "air-defence-systems", 4],
  ])("%s", (page, supplier, recipient, item, value) => {
    expect(claimsOf(page)).toContainEqual(expect.objectContaining({ supplier, recipient, item, unit: "systems", value }));
  });

  it.each([
    "Artillery units of the Chilean army trained beside Peruvian gunners at the border.",
    "The Patriot crews of Estonia trained in Germany for six weeks.",
  ])("no goods: %s", (page) => {
    expect(claimsOf(page).filter((c) => c.kind === "transfer" && c.item === "air-defence-systems")).toEqual([]);
  });
});
