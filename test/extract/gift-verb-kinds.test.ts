// The bare verb "gift" after a helper, "to" or a subject gives, as "gifts" and "gifted" do. Phrasings of our own.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

describe("the bare verb \"gift\" after a helper or a subject gives", () => {
  const outletClaims = (text: string) =>
    processDocument({ path: "gift.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "gift", url: "https://probe.example/gift", outlet: "Probe Wire", published: "2025-03-04" } as never }).claims.map((c) => `${c.supplier}>${c.recipient}`);
  it.each([
    ["Norway will gift Estonia 20 armoured vehicles this summer, the Norwegian defence ministry said.", "NOR>EST"],
    ["Chile plans to gift Peru six patrol boats from its navy's stocks, the Chilean government announced on Monday.", "CHL>PER"],
    ["The Czech defence minister said Prague would gift Moldova 40 armoured vehicles before winter.", "CZE>MDA"],
  ])("%s", (text, flow) => {
    expect(outletClaims(text)).toContain(flow);
  });
});
