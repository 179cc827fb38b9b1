// Goods that a state's government says have arrived from another named state come to the state whose government
// speaks, not to the receiver of the flow the sentence before told.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "arrived.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "arrived", outlet: "Probe Wire", published: "2024-03-07" } as never }).claims;

describe("goods that arrived from a state, in the word of another state's government", () => {
  it.each([
    ["Spain sold Peru 12 jets last year. The Chilean defence ministry said a batch of 6 helicopters had arrived from Brazil.", "BRA", "CHL"],
    ["Iran has shipped drones to Russia. The Armenian defence ministry says a first batch of howitzers has arrived from India.", "IND", "ARM"],
    ["France delivered tanks to Greece in May. The Egyptian foreign ministry said two frigates had arrived from Italy on Monday.", "ITA", "EGY"],
  ])("%s", (text, supplier, recipient) => {
    const claims = claimsOf(text).filter((c) => c.supplier === supplier);
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.map((c) => c.recipient)).toEqual(claims.map(() => recipient));
  });
});
