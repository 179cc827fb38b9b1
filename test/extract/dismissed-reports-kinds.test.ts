// A sentence whose subject is what the press told and whose predicate denies it ("Reports that X offered jets to Y were
// dismissed by the minister", "Reports in Bolivian media that ... were rejected"): the denier holds the transfer as
// denied, and the press that told it holds it too, weighed by the words of the telling (an offer: `possible`), else passed
// on (`reported`) (SCHEMA.md, "Certainty"; "One claim or two": mentions from different sources are separate claims).
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function claimsOf(page: string) {
  const doc = processDocument({ path: "dismissed-reports.txt", bytes: new TextEncoder().encode(page), meta: { id: "dismissed-reports", outlet: "Test Wire", published: "2024-06-14" } });
  return doc.claims.map((c) => ({ supplier: c.supplier, recipient: c.recipient, quantity: c.quantity?.value ?? null, certainty: c.certainty, org: c.source.org, country: c.source.country }));
}

describe("reports the sentence denies are held by the press that told them, beside the denial", () => {
  it.each([
    ["Reports that Chile has offered 12 jets to Peru were dismissed by the Peruvian defence minister as speculation.", "CHL", "PER", 12, "possible", "media"],
    ["Reports in Bolivian media that Brazil has sold 40 tanks to Bolivia were rejected by Defence Minister Ana Ruiz.", "BRA", "BOL", 40, "reported", "Bolivian media"],
    ["Reports in the Chilean press that Argentina has offered 10 jets to Chile were dismissed by the minister.", "ARG", "CHL", 10, "possible", "Chilean press"],
  ])("%s", (page, supplier, recipient, quantity, certainty, org) => {
    const claims = claimsOf(page);
    expect(claims).toContainEqual(expect.objectContaining({ supplier, recipient, quantity, certainty: "denied" }));
    expect(claims).toContainEqual(expect.objectContaining({ supplier, recipient, quantity, certainty, org, country: null }));
  });

  it("a report the sentence does not deny stays one claim", () => {
    expect(claimsOf("Reports that Chile has sold 12 jets to Peru surfaced on Monday.").filter((c) => c.supplier === "CHL")).toHaveLength(1);
  });
});
