// Kinds of certainty once weighed wrong, each shown by phrasings of our own (SCHEMA.md, "Certainty"): a transfer still
// awaited ("is still waiting for", "still to arrive", "have yet to arrive") is not yet done, so `possible`; a phrase of
// waiting set off before another transfer verb ("still waiting for jets, it received tanks") leaves that one as it is;
// a closing reply by the accused ("a charge Lima denies", "; Nairobi rejects the finding") does not take the claim from
// a teller the gazetteer does not know.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function claimsOf(page: string) {
  const doc = processDocument({ path: "hedges-certainty.txt", bytes: new TextEncoder().encode(page), meta: { id: "hedges-certainty", outlet: "Test Wire", published: "2024-06-14" } });
  return doc.claims.map((c) => ({ supplier: c.supplier, recipient: c.recipient, item: c.item, quantity: c.quantity?.value ?? null, certainty: c.certainty }));
}

describe("a transfer still awaited is possible", () => {
  it.each([
    ["Ecuador is still waiting for about 30 helicopters ordered from Brazil.", "BRA", "ECU", 30],
    ["Bolivia has bought 8 jets from Argentina, still to arrive, the minister said.", "ARG", "BOL", 8],
    ["The 16 howitzers Spain sold to Morocco have yet to arrive.", "ESP", "MAR", 16],
    ["Ghana still awaits the delivery of 40 armoured vehicles from Turkey.", "TUR", "GHA", 40],
  ])("%s", (page, supplier, recipient, quantity) => {
    expect(claimsOf(page)).toContainEqual(expect.objectContaining({ supplier, recipient, quantity, certainty: "possible" }));
  });

  it.each([
    ["Kenya, still waiting for jets, received 40 armoured vehicles from Turkey in May.", "TUR", "KEN", 40],
    ["Morocco received 24 drones from Israel and is awaiting more.", "ISR", "MAR", 24],
  ])("a transfer told beside the waiting stays asserted: %s", (page, supplier, recipient, quantity) => {
    expect(claimsOf(page)).toContainEqual(expect.objectContaining({ supplier, recipient, quantity, certainty: "asserted" }));
  });
});

function sourcedClaims(page: string) {
  const doc = processDocument({ path: "hedges-replies.txt", bytes: new TextEncoder().encode(page), meta: { id: "hedges-replies", outlet: "Test Wire", published: "2024-06-14" } });
  return doc.claims.map((c) => ({ supplier: c.supplier, recipient: c.recipient, certainty: c.certainty, org: c.source.org, country: c.source.country }));
}

// A reply that closes a sentence ("a charge Lima denies", "; Lima rejects the finding") is the replying party's own
// denial: where the teller before it is a group no gazetteer knows, the reply does not take the teller's claim away.
describe("a closing reply is the replier's denial, beside the teller's claim", () => {
  it.each([
    ["Western capitals suspect Peru of shipping rifles to Ecuador, a charge Lima denies.", "PER", "ECU"],
    ["Regional analysts consider it credible that Kenya flew rifles to Somalia; Nairobi rejects the finding.", "KEN", "SOM"],
    ["Aid groups believe Oman sent drones to Yemen, a claim Muscat has rejected.", "OMN", "YEM"],
  ])("the teller keeps its claim: %s", (page, supplier, recipient) => {
    const claims = sourcedClaims(page);
    expect(claims).toContainEqual(expect.objectContaining({ supplier, recipient, country: null, certainty: "believed" }));
    expect(claims).toContainEqual(expect.objectContaining({ supplier, recipient, country: supplier, certainty: "denied" }));
  });
});
