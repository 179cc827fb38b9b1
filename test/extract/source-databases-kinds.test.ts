// The name of a database or a data set on a line of its own, as an entry of a list of sources ("Weapons transfers
// dataset"), tells where the page's figures come from: no claim of its own, though it names arms.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function claimsOf(page: string) {
  const doc = processDocument({ path: "source-databases.txt", bytes: new TextEncoder().encode(page), meta: { id: "source-databases", outlet: "Test Review", published: "2024-05-20" } });
  return doc.claims.map((c) => ({ supplier: c.supplier, recipient: c.recipient, item: c.item }));
}

describe("a database named in a list of sources gives no claim", () => {
  it.each([
    ["Washington has held back one shipment of heavy bombs for Israel, officials said.\n\nSources\nSIPRI Arms Transfers Database\nMinistry statements\n", "USA", "ISR"],
    ["France has sold 30 Rafale jets to Egypt.\n\nSources\nArms Transfers Database of the Peace Institute\n", "FRA", "EGY"],
    ["Russia has sent S-400 missiles to Turkey, officials said.\n\nReferences\nWeapons transfers dataset\nPress reports\n", "RUS", "TUR"],
  ])("%s", (page, supplier, recipient) => {
    const claims = claimsOf(page);
    expect(claims.some((c) => c.supplier === supplier && c.recipient === recipient)).toBe(true);
    expect(claims).not.toContainEqual(expect.objectContaining({ item: "weapons-unspecified" }));
  });
});
