// A further lot told only as a forecast, written for the test: one who expects it after a verb of saying ("The
// colonel said the Syrians were expecting some 40 more") goes on with the transfer told just before as a plan
// (claims/follow-on.ts, follow-on.json expectLead), its figure in the unit of those goods.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "forecast.txt", bytes: Buffer.from(`Supply notes\n\n${text}\n`), meta: { id: "forecast", outlet: "Probe Wire", published: "2025-03-04" } as never }).claims.filter((c) => c.kind === "transfer");
const lots = (cs: Claim[]) => cs.map((c) => `${c.supplier}>${c.recipient} ${c.item} ${c.quantity?.value ?? "-"} ${c.certainty}`);

describe("a further lot told as a forecast", () => {
  it.each([
    ["Iran has shipped 300 drones to Russia, officials said. The colonel also said the Russians were expecting roughly 400 more by summer.", "IRN>RUS drones 400 possible"],
    ["Belarus handed 60 howitzers to Russia in 2024, a monitoring group says. Its analyst added that Moscow expects some 35 more before the winter.", "BLR>RUS artillery-systems 35 possible"],
    ["Iran has sent about 200 Fath-360 missiles to Russia, a think tank says. Its director says the Russians are expecting about 80 more next year.", "IRN>RUS ballistic-missiles 80 possible"],
  ])("%s", (text, claim) => expect(lots(claimsOf(text))).toContain(claim));
});
