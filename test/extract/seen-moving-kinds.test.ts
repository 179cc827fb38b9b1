// Goods told as moving by themselves ("crossed into", "headed for", "flowed into"), in a sentence whose only state
// besides the receiver is the one who says so, have no giver: the teller only reports the move. A state that says
// it sent the goods itself gives them as ever. Texts of our own.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function transfers(text: string): string[] {
  const doc = processDocument({ path: "watch.txt", bytes: new TextEncoder().encode(text), meta: { id: "watch", published: "2024-05-20", outlet: "Test Wire" } });
  return doc.claims.filter((c) => c.kind === "transfer").map((c) => `${c.supplier}>${c.recipient}:${c.item}`);
}

describe("the teller of goods seen moving is no giver", () => {
  it.each([
    ["Rail watch\n\nIn May, Washington said that 900 containers of shells had crossed into Russia.", "USA>RUS:artillery-ammunition"],
    ["Rail watch\n\nSeoul said on Monday that 300 more containers of ammunition flowed into Russia in June.", "KOR>RUS:ammunition"],
    ["Sea watch\n\nLondon said on Friday that a further 200 drones headed to Russia by ship in March.", "GBR>RUS:drones"],
  ])("%s", (text, teller) => {
    expect(transfers(text)).not.toContain(teller);
  });

  it("a state that says it sent the goods gives them", () => {
    expect(transfers("Sea watch\n\nLondon said on Friday that it had sent 200 drones to Ukraine in March.")).toContain("GBR>UKR:drones");
  });
});
