// Nuclear arms moved between states are weapons: "tactical nuclear warheads" are not the parts a bare "warheads"
// names, nor "nuclear bombs" the ammunition of bare "bombs"; and a bomb a nuclear weapon is measured against ("more
// powerful than the bombs dropped on Hiroshima", "bombs twice as powerful") is no further goods. Bare warheads and
// bombs keep their items.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function claimsOf(page: string) {
  const doc = processDocument({ path: "nuclear-arms.txt", bytes: new TextEncoder().encode(page), meta: { id: "nuclear-arms", outlet: "Test Wire", published: "2024-06-14" } });
  return doc.claims.map((c) => ({ kind: c.kind, supplier: c.supplier, recipient: c.recipient, item: c.item }));
}

describe("nuclear arms are weapons, one claim", () => {
  it.each([
    ["Minsk said it had received nuclear bombs from Russia."],
    ["Moscow has delivered its first tactical nuclear warheads to Belarus, Putin said."],
    ["Russia shipped nuclear weapons to Belarus in June, several of them more destructive than the bombs dropped on Nagasaki."],
    ["Russia delivered nuclear weapons to Belarus, including bombs twice as powerful as the Hiroshima bomb."],
  ])("only a weapons claim: %s", (page) => {
    expect(claimsOf(page)).toEqual([{ kind: "transfer", supplier: "RUS", recipient: "BLR", item: "weapons-unspecified" }]);
  });

  it.each([
    ["Russia supplied 500 aerial bombs to Belarus.", "RUS", "BLR", "ammunition"],
    ["Iran sold missile warheads to Russia.", "IRN", "RUS", "raw-materials"],
  ])("bare bombs and warheads keep their items: %s", (page, supplier, recipient, item) => {
    expect(claimsOf(page)).toContainEqual(expect.objectContaining({ supplier, recipient, item }));
  });
});
