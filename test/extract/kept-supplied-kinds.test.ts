// "A keeps B's army supplied with shells": the object of a verb of keeping, with a participle of giving and "with"
// after it, receives the goods; the subject of the verb of keeping (or the one accused of keeping) gives them.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "kept.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "kept", outlet: "Probe Wire", published: "2024-03-07" } as never }).claims;

describe("the object kept supplied with goods receives them", () => {
  it.each([
    ["Denmark has kept Ukraine's gunners supplied with shells since the spring.", "DNK", "UKR"],
    ["Officials in Seoul said Iran keeps Russia's drone units supplied with spare engines.", "IRN", "RUS"],
    ["London accused Tehran of keeping the Houthis supplied with cruise missiles.", "IRN", "YEM-HOUTHIS"],
  ])("%s", (text, supplier, recipient) => {
    const claims = claimsOf(text).filter((c) => c.kind === "transfer");
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect([c.supplier, c.recipient]).toEqual([supplier, recipient]);
  });
});
