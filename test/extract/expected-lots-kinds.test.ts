// A further lot one expects, told right after a transfer, written for the test: "He expects around 100 more in
// 2026" goes on with the transfer before as a plan (claims/follow-on.ts, follow-on.json expectLead), its figure
// in the unit of those goods. One who expects and is no party of that transfer makes no lot of it.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "expected.txt", bytes: Buffer.from(`Supply notes\n\n${text}\n`), meta: { id: "expected", outlet: "Probe Wire", published: "2025-03-04" } as never }).claims.filter((c) => c.kind === "transfer");
const lots = (cs: Claim[]) => cs.map((c) => `${c.supplier}>${c.recipient} ${c.item} ${c.quantity?.value ?? "-"} ${c.certainty}`);

describe("a further lot one expects", () => {
  it.each([
    ["Iran has sent about 200 Fath-360 missiles to Russia, Ukraine's intelligence chief said. He expects around 100 more in 2026.", "IRN>RUS ballistic-missiles 100 possible"],
    ["Iran has shipped 300 drones to Russia, officials said. The Russians are expecting roughly 400 more by summer.", "IRN>RUS drones 400 possible"],
    ["Belarus handed 60 howitzers to Russia in 2024, a monitoring group says. 4/ And it expects ~40 more this year.", "BLR>RUS artillery-systems 40 possible"],
  ])("%s", (text, claim) => expect(lots(claimsOf(text))).toContain(claim));
});

describe("one who expects and is no party of the transfer before", () => {
  it.each([
    ["Iran has sent about 200 missiles to Russia, officials said. Turkey expects around 100 more in 2026."],
    ["Iran has shipped 300 drones to Russia, officials said. Poland is expecting roughly 400 more by summer."],
    ["Belarus handed 60 howitzers to Russia in 2024. Japan expects ~40 more this year."],
  ])("%s", (text) => expect(claimsOf(text).filter((c) => c.quantity && [100, 400, 40].includes(c.quantity.value ?? -1))).toEqual([]));
});
