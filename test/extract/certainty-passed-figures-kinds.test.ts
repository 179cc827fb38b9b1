// A figure the press or unnamed officials put on a transfer ("The daily put their number at 200", "officials quoted by a
// paper put the number at ...") is passed on (`reported`), not their estimate; an intelligence service's figure stays
// its estimate (`believed`).
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function claimsOf(page: string) {
  const doc = processDocument({ path: "certainty-passed-figures.txt", bytes: new TextEncoder().encode(`Defence news\n\n${page}\n`), meta: { id: "certainty-passed-figures", outlet: "Test Wire", published: "2025-08-01" } });
  return doc.claims.map((c) => ({ supplier: c.supplier, recipient: c.recipient, quantity: c.quantity?.value ?? c.quantity?.min ?? null, certainty: c.certainty }));
}

describe("a figure put by the press or unnamed officials is passed on", () => {
  it.each([
    ["US officials quoted by the Financial Times put the number of drones Iran sent to Russia at about 2,000.", "IRN", "RUS", 2000],
    ["Officials who asked not to be named put the number of tanks Poland sent to Ukraine at about 300.", "POL", "UKR", 300],
    ["Iran has sent ballistic missiles to Russia, US officials say. The Wall Street Journal put their number at more than 200.", "IRN", "RUS", 200],
    ["Belarus has handed tanks to Russia, Lithuanian officials say. The Guardian put their number at about 130.", "BLR", "RUS", 130],
  ])("reported: %s", (page, supplier, recipient, quantity) => {
    expect(claimsOf(page)).toContainEqual({ supplier, recipient, quantity, certainty: "reported" });
  });

  it("an intelligence service's figure stays its estimate", () => {
    expect(claimsOf("Lithuanian military intelligence put the number of shells Belarus sent to Russia at 500,000.")).toContainEqual({ supplier: "BLR", recipient: "RUS", quantity: 500000, certainty: "believed" });
  });
});
