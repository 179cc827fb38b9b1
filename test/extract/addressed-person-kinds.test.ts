// A person a finding is sent to ("in a report to lawmaker ...", "a written answer to ...") hears what is counted:
// the state that person serves is neither giver nor receiver of the goods the finding counts.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "addressed.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "addressed", outlet: "Probe Wire", published: "2024-11-20" } as never }).claims;

describe("the person a finding is sent to is no party", () => {
  it.each([
    ["Early this month the spy service estimated, in a report to lawmaker Yoo Sang-bum, that about 9,000 containers of shells had left Rason for Russia since 2023.", ["PRK", "RUS"]],
    ["The ministry reckoned, in a briefing to legislator Kim Byung-kee, that over 300 containers of rockets had left Rason for Russia in the spring.", ["PRK", "RUS"]],
    ["Military intelligence calculated, in a letter to lawmaker Yoo Sang-bum, that some 2,000 containers of shells had left the port of Rason for Russia by October.", ["PRK", "RUS"]],
  ])("%s", (text, [giver, receiver]) => {
    const claims = claimsOf(text).filter((c) => c.kind === "transfer");
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect([c.supplier, c.recipient]).toEqual([giver, receiver]);
  });
});
