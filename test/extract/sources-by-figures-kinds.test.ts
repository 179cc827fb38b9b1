// "By the ministry's own count, ...": a sentence that opens with a ministry's or department's reckoning credits that
// body, never a body of another kind the page named before (a legislature); where the page names no ministry, it is
// the ministry of the page's own state.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "figures.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "figures", outlet: "Probe Wire", published: "2024-06-03" } as never }).claims;

describe("a ministry's own reckoning that opens a sentence names it as the source", () => {
  it.each([
    ["OSLO, June 3 (Probe Wire) - Lawmakers on Capitol Hill argued over aid for a third week. By the ministry's own count, Norway has sent 40 howitzers to Ukraine since 2022.", "NOR"],
    ["STOCKHOLM, June 3 (Probe Wire) - The Verkhovna Rada thanked its donors again on Friday. By the department's latest tally, Sweden has shipped 12 armoured vehicles to Ukraine this year.", "SWE"],
    ["HELSINKI, June 3 (Probe Wire) - The State Duma condemned the shipments in a short motion. On the ministry's estimate, Finland has handed Ukraine 30 artillery pieces since the spring.", "FIN"],
  ])("%s", (text, state) => {
    const found = claimsOf(text).filter((c) => c.supplier === state && c.recipient === "UKR");
    expect(found.length).toBe(1);
    expect(found[0].source?.country).toBe(state);
  });
});
