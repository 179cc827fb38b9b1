// Kinds of certainty where a source rules a transfer out by denying that it plans or weighs one (SCHEMA.md,
// "Certainty": the source denies it): "no plans" with a word of time between ("no plans at present to sell"), and a
// weighing or planning verb that is itself negated ("is not considering sending"). Both are `denied`, while the
// plain weighing ("is considering sending") stays `possible`. Phrasings of our own.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function claimsOf(page: string) {
  const doc = processDocument({ path: "ruled-out-plans.txt", bytes: new TextEncoder().encode(page), meta: { id: "ruled-out-plans", outlet: "Test Wire", published: "2024-06-14" } });
  return doc.claims.map((c) => ({ supplier: c.supplier, recipient: c.recipient, certainty: c.certainty }));
}

describe("no plans, with a word of time between, to make a transfer is a denial", () => {
  it.each([
    ["Chile has no plans at present to sell its Leopard tanks to Ecuador, the army chief said.", "CHL", "ECU"],
    ["The Kenyan cabinet said it had no plan for the time being to buy more howitzers from Turkey.", "TUR", "KEN"],
    ["Norway has no intention currently of shipping further NASAMS launchers to Ukraine, its defence ministry said.", "NOR", "UKR"],
  ])("%s", (page, supplier, recipient) => {
    expect(claimsOf(page)).toContainEqual({ supplier, recipient, certainty: "denied" });
  });
});

describe("a negated verb of weighing or planning a transfer is a denial", () => {
  it.each([
    ["Spain is not considering sending its remaining Leopard tanks to Morocco, a government spokeswoman said.", "ESP", "MAR"],
    ["Peru's navy chief said Lima was not weighing the purchase of frigates from South Korea.", "KOR", "PER"],
    ["Austria isn't contemplating the delivery of armoured vehicles to Georgia, the chancellery said on Friday.", "AUT", "GEO"],
    ["Prime Minister Ana Ruiz told journalists that Chile was \"not looking\" at giving fighter jets to Peru this year.", "CHL", "PER"],
  ])("%s", (page, supplier, recipient) => {
    expect(claimsOf(page)).toContainEqual({ supplier, recipient, certainty: "denied" });
  });

  it.each([
    ["Spain is considering sending its remaining Leopard tanks to Morocco, a government spokeswoman said.", "ESP", "MAR"],
  ])("the plain weighing stays possible: %s", (page, supplier, recipient) => {
    expect(claimsOf(page)).toContainEqual({ supplier, recipient, certainty: "possible" });
  });
});
