// A clause whose one state is named as the origin of the things ("any Serbian shells") takes that state as the
// giver, where the other side of the flow came from an earlier sentence. Phrasings of our own.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const flowsOf = (text: string): string[] =>
  processDocument({ path: "origin.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "origin", outlet: "Probe Wire", published: "2024-05-02" } as never })
    .claims.filter((c) => c.kind === "transfer").map((c) => `${c.supplier}>${c.recipient}`);

describe("the things' origin gives them, not receives them", () => {
  it.each([
    ["Russia is buying thousands of drones from Iran, officials said. There was no sign yet that the purchase had gone through, or that any Iranian drones had been launched in Ukraine.", "IRN>RUS"],
    ["Venezuela is acquiring drones from Iran, the report said. No one has confirmed that the sale went ahead, or that any Iranian drones have been flown over the border.", "IRN>VEN"],
    ["Belarus is buying shells from Serbia, officials said. There was no sign that the purchase had gone through, or that any Serbian shells had been fired in Ukraine.", "SRB>BLR"],
  ])("%s", (text, flow) => {
    const flows = flowsOf(text);
    expect(flows.length).toBeGreaterThan(1);
    expect(new Set(flows)).toEqual(new Set([flow]));
  });
});
