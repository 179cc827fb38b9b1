// Kinds of bare bodies: "the government", "the administration" alone, as the subject of a verb of giving or of one
// that halts a transfer, stand for the state whose government or ministry the page named before (else the page's own
// state), as a body named with its state does (continuations.json, `bareBodies`).
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function claimsOf(page: string) {
  const doc = processDocument({ path: "bare-body.txt", bytes: new TextEncoder().encode(page), meta: { id: "bare-body", outlet: "Test Wire", published: "2024-10-14" } });
  return doc.claims.map((c) => ({ kind: c.kind, supplier: c.supplier, recipient: c.recipient, certainty: c.certainty }));
}

describe("a bare government or administration takes the state named for it before", () => {
  it.each([
    ["Budget row deepens\n\nThe Dutch government faced questions from its own coalition partners all week. In the end the government delayed a delivery of rifles to Peru until the spring, a spokesman said.", "NLD", "PER"],
    ["Quiet decision\n\nThe Biden administration is under pressure from several senators. Last month the administration quietly held back several deliveries of bombs to Israel, an aide said.", "USA", "ISR"],
    ["Ministers meet\n\nThe Canadian government held a long cabinet meeting on Tuesday. Afterwards the government suspended the sale of drones to Turkey pending a review.", "CAN", "TUR"],
  ])("%s", (page, supplier, recipient) => {
    expect(claimsOf(page)).toContainEqual(expect.objectContaining({ supplier, recipient }));
  });

  it("no state named for it before, no giver", () => {
    expect(claimsOf("Review ends\n\nCabinet met on Tuesday. Afterwards the government suspended the sale of drones to Turkey.")).not.toContainEqual(expect.objectContaining({ recipient: "TUR", supplier: expect.any(String) }));
  });
});
