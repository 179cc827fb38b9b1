// A giver that puts its goods in another state, the goods named between the verb and the place, written for the
// test: "Moscow will station its new missiles in Belarus" tells the goods going to the state after "in", from the
// one that stations them (claims/shapes/presence.ts, shapes.json presence.goodsFrame).
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "stationed.txt", bytes: Buffer.from(`Defence notes\n\n${text}\n`), meta: { id: "stationed", outlet: "Probe Wire", published: "2025-03-04" } as never }).claims.filter((c) => c.kind === "transfer");
const cores = (cs: Claim[]) => cs.map((c) => `${c.supplier}>${c.recipient} ${c.item}`);

describe("goods stationed in another state", () => {
  it.each([
    ["Moscow will station its newest ballistic missiles in Belarus next year, the Kremlin said.", "RUS>BLR ballistic-missiles"],
    ["The United States intends to station long-range cruise missiles in Germany from 2026, Berlin said.", "USA>DEU missiles-other"],
    ["Russia has stationed several nuclear-capable Iskander launchers in Belarus, Minsk says.", "RUS>BLR ballistic-missiles"],
  ])("%s", (text, core) => expect(cores(claimsOf(text))).toContain(core));
});

describe("a state that stations goods at home moves nothing", () => {
  it.each([
    ["Poland will station its new air-defence batteries in Poland's east, the ministry said."],
    ["France stationed its newest frigates in the Mediterranean last year."],
    ["Moscow has stationed more ballistic missiles in its Kaliningrad region."],
  ])("%s", (text) => expect(claimsOf(text).filter((c) => c.supplier !== c.recipient && c.recipient !== null && c.supplier !== null)).toEqual([]));
});
