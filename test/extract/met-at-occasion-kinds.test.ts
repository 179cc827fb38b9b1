// One met where a statement is made ("at a news conference with the British foreign secretary", "talks
// alongside the Polish president") is no party to what is said: their state neither gives nor gets, and no
// flow is carried from them into the sentences after.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const transfersOf = (text: string) =>
  processDocument({ path: "occasion.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "occasion", outlet: "Probe Wire", published: "2024-09-20" } as never }).claims.filter((c) => c.kind === "transfer");

describe("a person met at the occasion of speaking is no party", () => {
  it.each([
    ["Tehran has sent rockets to Moscow, Washington says. At a meeting with David Lammy, the American official said the delivery of rockets helped Moscow hit more targets. About 300 of the rockets are already in Russian hands, officials believe."],
    ["Iran keeps shipping drones to Russia, the Pentagon says. During a briefing alongside David Lammy, the US envoy said the transfer of drones helped Moscow strike harder. Hundreds of the drones reached Russian bases in June."],
    ["Iran supplies artillery shells to Russia, according to Washington. After talks with David Lammy, the American envoy said the supply of shells allowed Moscow to fire more. Thousands of the shells went by sea, the envoy added."],
  ])("%s", (text) => {
    const claims = transfersOf(text);
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect([c.supplier, c.recipient]).not.toContain("GBR");
  });
});
