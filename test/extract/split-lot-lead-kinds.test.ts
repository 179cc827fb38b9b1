// Kinds of leads whose body splits the goods into several counts: "Norway paused a shipment of shells to Chile" told
// first, "the load held 900 large shells and 400 small ones, the ministry said" after. The lead tells the whole, the
// counts its parts, so the lead stays a claim of its own (merge-claims.ts, `leadRetold`).
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function claimsOf(page: string) {
  const doc = processDocument({ path: "split-lead.txt", bytes: new TextEncoder().encode(page), meta: { id: "split-lead", outlet: "Test Wire", published: "2024-10-14" } });
  return doc.claims.map((c) => ({ supplier: c.supplier, recipient: c.recipient, quantity: c.quantity?.value ?? null }));
}

describe("a lead stays where the body splits its goods into several counts", () => {
  it.each([
    ["Norway has paused a shipment of artillery shells to Chile. That shipment was made up of 900 large shells and 400 small shells, the Norwegian defence ministry said.", "NOR", "CHL"],
    ["Canada delayed a delivery of rifles to Peru in May. The Canadian foreign ministry said the delivery held 300 sniper rifles and 700 assault rifles.", "CAN", "PER"],
    ["Denmark halted a consignment of drones to Kenya last week. According to the Danish defence ministry, the consignment counted 40 small drones and 12 large drones.", "DNK", "KEN"],
  ])("%s", (page, supplier, recipient) => {
    const claims = claimsOf(page).filter((c) => c.supplier === supplier && c.recipient === recipient);
    expect(claims).toContainEqual({ supplier, recipient, quantity: null });
    expect(claims.filter((c) => c.quantity !== null).length).toBe(2);
  });
});
