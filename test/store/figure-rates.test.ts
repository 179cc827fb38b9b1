// A figure told per month (a soldier's pay) keeps its rate in the store, on every engine, as it has in memory: a wage
// read back as a lump sum would be another figure to the linker and to the ledger. Reports below are our own.
import { describe, expect, it } from "vitest";
import { engines } from "./engines.js";
import { makeDoc } from "./make-doc.js";

const list = await engines();

const wage = "Moldavia pays about 1,800 dollars a month for each Borduran conscript it takes, the ministry said.";
const lump = "Moldavia paid 1,800 dollars for the first Borduran rifles, the ministry said.";
const doc = makeDoc({ id: "rates-a", outlet: "The Supply Column", published: "2024-06-03", url: "https://example.test/rates-a" }, [wage, lump], [
  { evidence: wage, supplier: "MDA", recipient: "BRD", item: "money", quantity: { value: 1800, unit: "usd", approx: true, per: "month" } },
  { evidence: lump, supplier: "MDA", recipient: "BRD", item: "money", quantity: { value: 1800, unit: "usd" } },
]);

for (const engine of list) {
  describe.skipIf(engine.absent)(`figure rates in the store on ${engine.name}`, () => {
    it("reads back a monthly figure with its rate and a plain one without", async () => {
      const o = await engine.open();
      try {
        await o.store.putDocument(doc);
        const claims = await o.store.listClaims({ doc: "rates-a", limit: 10 });
        const byText = new Map(claims.map((c) => [c.evidence.text, c.quantity]));
        expect(byText.get(wage)?.per).toBe("month");
        expect(byText.get(lump)?.per).toBeUndefined();
        expect(byText.get(lump)?.value).toBe(1800);
      } finally {
        await o.dispose();
      }
    });
  });
}
