// An answer that denies or doubts what the question put to the speaker told, a kind of wording read as `possible`
// across the dev reports: "Asked whether jets could go to Lima, the minister said none would be sent". The question's
// hedge ("could") is the asker's; the answer weighs the transfer. Texts of our own, run through the whole pipeline.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

/** "supplier recipient item certainty" for each transfer claim of `text`. */
function transfers(text: string): string[] {
  const doc = processDocument({ path: "asked.txt", bytes: new TextEncoder().encode(text), meta: { id: "asked", published: "2024-06-01", outlet: "Test Wire" } });
  return doc.claims.filter((c) => c.kind === "transfer").map((c) => [c.supplier ?? "-", c.recipient ?? "-", c.item, c.certainty].join(" "));
}

describe("the answer to a question that opens the sentence weighs what the question told", () => {
  it.each([
    ["Asked whether Chilean jets could be based in Peru, the Chilean minister said none would be sent there this year.", "CHL PER aircraft denied"],
    ["Asked again whether Chile could lend howitzers to Peru, Chile's army chief said none would be lent this year.", "CHL PER artillery-systems denied"],
    ["Asked whether Chilean tanks could be sent to Bolivia, the minister said he could not confirm any such plan.", "CHL BOL armoured-vehicles doubted"],
  ])("%s", (text, want) => {
    expect(transfers(text)).toContain(want);
  });

  it("an answer that confirms leaves the transfer as told", () => {
    expect(transfers("Asked about Chilean drones for Peru, Chile's foreign minister said the sale was going ahead.")).toContain("CHL PER drones asserted");
  });
});
