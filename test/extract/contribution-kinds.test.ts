// A contribution told with its sum or its count ("a contribution of 40 million euros", "put its contribution at
// twenty jets") is a giving, as a donation is; a contribution with no sum or count, or a share of a budget, is not.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "gift.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "gift", outlet: "Gift Wire", published: "2025-04-10" } as never }).claims;
const flows = (text: string) => claimsOf(text).filter((c) => c.kind === "transfer").map((c) => `${c.supplier}>${c.recipient}:${c.item}:${c.quantity?.value ?? c.quantity?.min ?? null}`);

describe("a contribution with its sum or count is a giving", () => {
  it.each([
    ["Portugal announced a contribution of 40 million euros for shells for Ukraine.", "PRT>UKR:artillery-ammunition:40000000"],
    ["Norway confirmed a contribution of 12 howitzers to Ukraine.", "NOR>UKR:artillery-systems:12"],
    ["Denmark will make a contribution of six patrol boats to Ukraine's navy.", "DNK>UKR:naval:6"],
    ["Lisbon has put its contribution at twelve helicopters for Ukraine.", "PRT>UKR:aircraft:12"],
  ])("%s", (text, flow) => {
    expect(flows(text)).toContain(flow);
  });

  it("reads no transfer from a contribution with no sum, or a share of a budget", () => {
    expect(flows("Italy thanked Greece for its contribution to the talks on Ukraine.")).toEqual([]);
    expect(flows("Spain's contribution of 2 percent of GDP to NATO is on track.")).toEqual([]);
  });
});
