// A refusal to confirm or deny ("declined to confirm or deny the shipments") only doubts the transfer: `doubted`,
// not `denied`. Texts of our own.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function certainties(text: string, sentence: string): string[] {
  const doc = processDocument({ path: "nocomment.txt", bytes: new TextEncoder().encode(text), meta: { id: "nocomment", published: "2024-09-04", outlet: "Test Wire" } });
  return doc.claims.filter((c) => c.kind === "transfer" && c.evidence.text.includes(sentence)).map((c) => c.certainty);
}

describe("neither confirming nor denying is doubt, not denial", () => {
  it.each([
    ["Iran has sent drones to Russia, the White House said. Iranian officials declined to confirm or deny the shipments.", "declined to confirm"],
    ["Belarus has sent tanks to Russia, Kyiv said. A Belarusian spokesman would not confirm or deny the shipments.", "would not confirm"],
    ["China has shipped drones to Russia, Kyiv said. Chinese officials declined to confirm or deny the shipments.", "declined to confirm"],
  ])("%s", (text, sentence) => {
    const got = certainties(text, sentence);
    expect(got).not.toContain("denied");
    expect(got).toContain("doubted");
  });
});
