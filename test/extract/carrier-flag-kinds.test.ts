// A carrier's flag state named with the goods ("Russian-flagged ships carried ...") receives them from the other
// state the page tells of; it is never the giver on the ground of its flag alone. Phrasings of our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "flags.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "flags", outlet: "Probe Wire", published: "2024-05-02" } as never }).claims;

const flows = (text: string, item: string) =>
  claimsOf(text)
    .filter((c) => c.kind === "transfer" && c.item === item)
    .map((c) => `${c.supplier}>${c.recipient}`);

describe("a carrier's flag state receives the goods it carries from the page's other state", () => {
  it.each([
    ["Pyongyang keeps arming Moscow. Russian ships carried up to four million rounds of artillery ammunition last year, the panel said.", "artillery-ammunition", "PRK>RUS"],
    ["Pyongyang keeps arming Moscow. Up to three million rounds went by Russian ships last year.", "artillery-ammunition", "PRK>RUS"],
    ["Pyongyang keeps arming Moscow. Russian navy ships have moved about 500,000 shells since August, the panel said.", "artillery-ammunition", "PRK>RUS"],
  ])("%s", (text, item, flow) => {
    const found = flows(text, item);
    expect(found).toContain(flow);
    expect(found).not.toContain(flow.split(">").reverse().join(">"));
  });

  it("a receiver named after 'to' stands", () => {
    expect(flows("Russian ships carried wheat from Ukraine to Egypt last year.", "food")).not.toContain("EGY>RUS");
  });
});
