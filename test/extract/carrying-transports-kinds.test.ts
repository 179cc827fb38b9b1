// Transport aircraft told in the plural ("Il-76 transports"), named by a model with figures in it ("by Egyptian C-295
// transport planes") or told as carrying the goods ("transports carrying rocket launchers") are the conveyance of the
// sentence's other goods: they give no aircraft claim beside them.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function claimsOf(page: string) {
  const doc = processDocument({ path: "carrying-transports.txt", bytes: new TextEncoder().encode(page), meta: { id: "carrying-transports", outlet: "Test Wire", published: "2024-06-14" } });
  return doc.claims.map((c) => ({ kind: c.kind, supplier: c.supplier, recipient: c.recipient, item: c.item }));
}

describe("transports that carried the goods are no goods", () => {
  it.each([
    ["Two Russian Il-76 transports brought Pantsir air-defence systems to Niamey in March.", "RUS", "NER", "air-defence-systems"],
    ["Egypt took delivery of 12 K9 howitzers from South Korea, carried to Cairo by Egyptian C-295 transport planes.", "KOR", "EGY", "artillery-systems"],
    ["Chinese Y-20 transports carrying rocket launchers for Serbia landed in Belgrade overnight.", "CHN", "SRB", "artillery-systems"],
  ])("the carried goods, no aircraft: %s", (page, supplier, recipient, item) => {
    const claims = claimsOf(page);
    expect(claims).not.toContainEqual(expect.objectContaining({ item: "aircraft" }));
    expect(claims).toContainEqual(expect.objectContaining({ supplier, recipient, item }));
  });
});
